package id.djpk.portal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReportTextTest {

    static final YearMonth NOVEMBER_2023 = YearMonth.of(2023, 11);

    @Test
    void theSeedsSentence() {
        assertEquals("Jumlah publikasi website bulan November 2023 sebanyak 10, turun 41,2% dibandingkan bulan sebelumnya "
                        + "(17) dan turun 41,2% dibandingkan bulan November 2022 (17).",
                ReportText.comparison("publikasi website", Figure.of(10L, 17L, 17L), NOVEMBER_2023, ReportText.ID));
        assertEquals("Jumlah WhatsApp blast bulan November 2023 sebanyak 51, sama dengan bulan sebelumnya (51) dan "
                        + "tidak dapat dibandingkan dengan bulan November 2022 (0).",
                ReportText.comparison("WhatsApp blast", Figure.of(51L, 51L, 0L), NOVEMBER_2023, ReportText.ID));
        assertEquals("Jumlah tiket konsultasi bulan November 2023 sebanyak 1.271, turun 12,3% dibandingkan bulan "
                        + "sebelumnya (1.450) dan turun 3,9% dibandingkan bulan November 2022 (1.322).",
                ReportText.comparison("tiket konsultasi", Figure.of(1271L, 1450L, 1322L), NOVEMBER_2023, ReportText.ID));
    }

    @Test
    void englishAndTitles() {
        assertEquals("Tickets in November 2023: 1,271, down 12.3% from the previous month (1,450) and down 3.9% from "
                        + "November 2022 (1,322).",
                ReportText.comparison("Tickets", Figure.of(1271L, 1450L, 1322L), NOVEMBER_2023, Locale.ENGLISH));
        assertEquals("Laporan Layanan Informasi DJPK Januari 2021", ReportText.title(YearMonth.of(2021, 1), ReportText.ID));
        assertEquals("DJPK Information Services Report January 2021", ReportText.title(YearMonth.of(2021, 1), Locale.ENGLISH));
    }
}
