package id.djpk.portal.site.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class FormatsTest {

    private final Formats id = Formats.of(Language.ID);
    private final Formats en = Formats.of(Language.EN);

    @Test
    void datesInIndonesianAndEnglish() {
        LocalDate day = LocalDate.of(2024, 5, 16);
        assertEquals("16 Mei 2024", id.date(day));
        assertEquals("16 May 2024", en.date(day));
        assertEquals("1 Agustus 2023", id.date(LocalDate.of(2023, 8, 1)));
        assertEquals("", id.date((LocalDate) null));
        assertEquals("Kamis", id.weekday(day));
        assertEquals("Thursday", en.weekday(day));
    }

    @Test
    void instantsAreShownInOfficeTime() {
        // 02:30 UTC is 09:30 in Jakarta, and 23:30 UTC is already the next day there
        var morning = LocalDateTime.of(2024, 5, 16, 2, 30).toInstant(java.time.ZoneOffset.UTC);
        assertEquals("16 Mei 2024, 09.30 WIB", id.dateTime(morning));
        assertEquals("16 May 2024, 09:30 WIB", en.dateTime(morning));
        var lateEvening = LocalDateTime.of(2024, 5, 16, 23, 30).toInstant(java.time.ZoneOffset.UTC);
        assertEquals("17 Mei 2024", id.date(lateEvening));
    }

    @Test
    void numbersWithTheLocalSeparators() {
        assertEquals("1.271", id.number(1271));
        assertEquals("1,271", en.number(1271));
        assertEquals("1.000.000", id.number(1_000_000));
        assertEquals("42,3%", id.percent(0.423));
        assertEquals("42.3%", en.percent(0.423));
        assertEquals("3,14", id.decimal(3.14159, 2));
    }

    @Test
    void fileSizes() {
        assertEquals("532 B", id.size(532));
        assertEquals("1 KB", id.size(1024));
        assertEquals("1,5 KB", id.size(1536));
        assertEquals("1,2 MB", id.size(1_258_291));
        assertEquals("1.2 MB", en.size(1_258_291));
        assertEquals("25 MB", id.size(25L * 1024 * 1024));
        assertEquals("2,5 GB", id.size(2_684_354_560L));
        // rounding must not produce "1.024 KB"
        assertEquals("1 MB", id.size(1024L * 1024 - 10));
    }

    @Test
    void anythingButEnglishIsIndonesian() {
        assertEquals(Language.EN, Language.of("en"));
        assertEquals(Language.EN, Language.of(" EN "));
        assertEquals(Language.ID, Language.of("id"));
        assertEquals(Language.ID, Language.of("fr"));
        assertEquals(Language.ID, Language.of(null));
    }

    @Test
    void bundlesExistForBothLanguagesWithTheSameKeys() {
        var idBundle = java.util.ResourceBundle.getBundle("id.djpk.portal.site.i18n.messages", Language.ID.locale());
        var enBundle = java.util.ResourceBundle.getBundle("id.djpk.portal.site.i18n.messages", Language.EN.locale());
        assertEquals("Halaman tidak ditemukan", idBundle.getString("error404.title"));
        assertEquals("Page not found", enBundle.getString("error404.title"));
        assertEquals(new java.util.TreeSet<>(idBundle.keySet()), new java.util.TreeSet<>(enBundle.keySet()));
    }
}
