package id.djpk.portal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.djpk.portal.system.Links;
import java.time.Instant;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** The report's listing as a publication, from {@code letters.properties} with the links from {@link Links}. */
class ReportLettersTest {

    static final ReportLetters LETTERS = ReportLetters.of(Links.of("https://djpk.example"));
    static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    static final Instant AT = Instant.parse("2026-11-02T01:00:00Z");

    @Test
    void theListingNamesTheMonth() {
        assertEquals("Laporan bulanan layanan informasi DJPK: publikasi, tiket konsultasi, kunjungan, video conference "
                + "dan layanan PPID bulan Oktober 2026.", LETTERS.listingSummary(OCTOBER));
    }

    @Test
    void theListingLinksThePageItsFilesAndItsJson() {
        MonthlyReport first = new MonthlyReport(OCTOBER, 1, "{}", "editor", AT);
        assertEquals("Laporan lengkap: https://djpk.example/laporan/2026-10\n"
                + "PDF: https://djpk.example/laporan/2026-10/pdf\n"
                + "CSV: https://djpk.example/laporan/2026-10/csv\n"
                + "JSON: https://djpk.example/api/reports/2026-10\n", LETTERS.listingText(first));
    }

    @Test
    void aCorrectionSaysWhatChanged() {
        MonthlyReport second = new MonthlyReport(OCTOBER, 1, "{}", "editor", AT)
                .correction("{}", "Angka chatbot dikoreksi, 'final'", "editor", AT);
        assertEquals("Laporan lengkap: https://djpk.example/laporan/2026-10\n"
                + "PDF: https://djpk.example/laporan/2026-10/pdf\n"
                + "CSV: https://djpk.example/laporan/2026-10/csv\n"
                + "JSON: https://djpk.example/api/reports/2026-10\n"
                + "\nRevisi 2: Angka chatbot dikoreksi, 'final'\n", LETTERS.listingText(second));
    }
}
