package id.djpk.portal.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A capability's letter texts in the requester's language, Indonesian by default and whatever the JVM's locale. */
class LetterTextsTest {

    private static final LetterTexts PPID = new LetterTexts(id.djpk.portal.ppid.RequestForm.class);
    private static final LocalDate DAY = LocalDate.of(2024, 5, 16);

    @Test
    void indonesianByDefaultEnglishOnRequest() {
        assertEquals("Permohonan informasi PPID-2024-00001 telah diterima",
                PPID.text("mail.received.subject", "PPID-2024-00001"));
        assertEquals("Information request PPID-2024-00001 received",
                PPID.in("en").text("mail.received.subject", "PPID-2024-00001"));
        assertEquals("Permohonan dikabulkan seluruhnya", PPID.in("id").text("decision.GRANTED"));
    }

    @Test
    void anUnknownOrMissingLanguageIsIndonesian() {
        assertSame(PPID, PPID.in(null));
        assertSame(PPID, PPID.in("fr"));
        assertEquals(LetterTexts.EN, PPID.in(" EN ").locale());
    }

    @Test
    void datesAndNumbersFollowTheLanguage() {
        assertEquals("16 Mei 2024", PPID.date(DAY));
        assertEquals("16 May 2024", PPID.in("en").date(DAY));
        assertEquals("—", PPID.in("en").date(null));
        assertEquals("Kamis", PPID.format("EEEE").format(DAY));
        assertEquals("Thursday", PPID.in("en").format("EEEE").format(DAY));
    }

    @Test
    void theJvmsOwnLocaleIsNeverAFallback() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertEquals("Permohonan informasi X telah diterima",
                    new LetterTexts(id.djpk.portal.ppid.RequestForm.class).text("mail.received.subject", "X"));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void theStoredLanguageOfAPageLocale() {
        assertEquals("en", LetterTexts.language(Locale.forLanguageTag("en-GB")));
        assertEquals("id", LetterTexts.language(Locale.forLanguageTag("id-ID")));
        assertEquals("id", LetterTexts.language(null));
        assertEquals(LetterTexts.ID, LetterTexts.locale("id"));
        assertEquals(LetterTexts.EN, LetterTexts.locale("en"));
    }
}
