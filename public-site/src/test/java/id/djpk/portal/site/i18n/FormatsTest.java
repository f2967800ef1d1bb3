package id.djpk.portal.site.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class FormatsTest {

    private final Formats id = Formats.of(Language.ID);
    private final Formats en = Formats.of(Language.EN);

    @Test
    void theSiteSpeaksThePortalFormatterInEachLanguage() {
        // the cases live in portal-ejb's FormatterTest; here only that each language gets its own
        LocalDate day = LocalDate.of(2024, 5, 16);
        assertEquals("16 Mei 2024", id.date(day));
        assertEquals("16 May 2024", en.date(day));
        var morning = LocalDateTime.of(2024, 5, 16, 2, 30).toInstant(java.time.ZoneOffset.UTC);
        assertEquals("16 Mei 2024, 09.30 WIB", id.dateTime(morning));
        assertEquals("16 May 2024, 09:30 WIB", en.dateTime(morning));
        assertEquals("16 May 2024, 02:30 UTC", Formats.of(Language.EN, java.time.ZoneId.of("UTC")).dateTime(morning));
        assertEquals("1,2 MB", id.size(1_258_291));
        assertEquals("1.2 MB", en.size(1_258_291));
        assertEquals("42,3%", id.percent(0.423));
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
