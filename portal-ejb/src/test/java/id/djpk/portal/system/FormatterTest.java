package id.djpk.portal.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatterTest {

    private final Formatter id = Formatter.of(Locale.forLanguageTag("id"));
    private final Formatter en = Formatter.of(Locale.ENGLISH);

    @Test
    void datesInIndonesianAndEnglish() {
        LocalDate day = LocalDate.of(2026, 12, 3);
        assertEquals("3 Desember 2026", id.date(day));
        assertEquals("3 December 2026", en.date(day));
        assertEquals("1 Agustus 2023", id.date(LocalDate.of(2023, 8, 1)));
        assertEquals("", id.date((LocalDate) null));
        assertEquals("Kamis", id.weekday(day));
        assertEquals("Thursday", en.weekday(day));
        assertEquals("Kamis, 3 Desember 2026", id.dayAndDate(day));
        assertEquals("Desember 2026", id.month(YearMonth.of(2026, 12)));
        assertEquals("December 2026", en.month(YearMonth.of(2026, 12)));
        assertEquals("08.00", id.time(LocalTime.of(8, 0)));
        assertEquals("08:00", en.time(LocalTime.of(8, 0)));
    }

    @Test
    void instantsAreShownInTheOfficeZone() {
        // 02:30 UTC is 09:30 in Jakarta, and 23:30 UTC is already the next day there
        Instant morning = LocalDateTime.of(2024, 5, 16, 2, 30).toInstant(ZoneOffset.UTC);
        assertEquals("16 Mei 2024, 09.30 WIB", id.dateTime(morning));
        assertEquals("16 May 2024, 09:30 WIB", en.dateTime(morning));
        assertEquals("16 Agu 2024, 09.30 WIB",
                id.shortDateTime(LocalDateTime.of(2024, 8, 16, 2, 30).toInstant(ZoneOffset.UTC)));
        assertEquals("16 May 2024, 09:30 WIB", en.shortDateTime(morning));
        Instant lateEvening = LocalDateTime.of(2024, 5, 16, 23, 30).toInstant(ZoneOffset.UTC);
        assertEquals("17 Mei 2024", id.date(lateEvening));
        assertEquals("16 Mei 2024", Formatter.of(null, ZoneId.of("UTC")).date(lateEvening));
        assertEquals("2024-05-16T23:30:00Z", Formatter.isoInstant(lateEvening.plusMillis(400)));
        assertEquals("", id.dateTime(null));
    }

    @Test
    void numbersWithTheLocalSeparatorsRoundedHalfUp() {
        assertEquals("1.271", id.number(1271));
        assertEquals("1,271", en.number(1271));
        assertEquals("1.000.000", id.number(1_000_000));
        assertEquals("1.234,5", id.upToOneDecimal(1234.5));
        assertEquals("1,234.5", en.upToOneDecimal(1234.5));
        assertEquals("50", id.upToOneDecimal(50.0));
        assertEquals("3,14", id.decimal(3.14159, 2));
        assertEquals("2,5", id.decimal(2.45, 1));
        assertEquals("42,3%", id.percent(0.423));
        assertEquals("42.3%", en.percent(0.423));
    }

    @Test
    void fileSizesReadTheSameOnBothSites() {
        assertEquals("532 B", id.size(532));
        assertEquals("1 KB", id.size(1024));
        assertEquals("1,5 KB", id.size(1536));
        assertEquals("1,2 MB", id.size(1_258_291));
        assertEquals("1.2 MB", en.size(1_258_291));
        assertEquals("25 MB", id.size(25L * 1024 * 1024));
        assertEquals("2,5 GB", id.size(2_684_354_560L));
        // rounding must not produce "1.024 KB" (the staff portal used to)
        assertEquals("1 MB", id.size(1024L * 1024 - 10));
    }

    @Test
    void anythingButEnglishIsIndonesian() {
        assertEquals(Formatter.INDONESIAN, Formatter.of(Locale.FRENCH).locale());
        assertEquals(Formatter.INDONESIAN, Formatter.of(null).locale());
        assertEquals(Formatter.ENGLISH, Formatter.of(Locale.US).locale());
    }
}
