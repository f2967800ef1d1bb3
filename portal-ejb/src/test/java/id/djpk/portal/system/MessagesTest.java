package id.djpk.portal.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MessagesTest {

    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/id/djpk/portal/system/" + name)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyMessageExistsInBothLanguages() throws IOException {
        assertEquals(new TreeSet<>(load("errors.properties").keySet()), new TreeSet<>(load("errors_en.properties").keySet()));
    }

    @Test
    void argumentsAreFilledInWithPlainYears() {
        assertEquals("PMK Nomor 91 Tahun 2023 sudah ada di portal.",
                Messages.text(Locale.forLanguageTag("id"), "regulation.duplicate", "PMK", "91", 2023));
        assertEquals("PMK Number 91 of 2023 is already in the portal.",
                Messages.text(Locale.ENGLISH, "regulation.duplicate", "PMK", "91", 2023));
    }

    @Test
    void daysAndMonthsAreWrittenInTheReadersLanguage() {
        String id = Messages.text(Locale.forLanguageTag("id"), "visit.rule.WORKING_DAY", java.time.LocalDate.of(2026, 12, 9));
        assertTrue(id.contains("9 Desember 2026 bukan hari kerja"), id);
        String en = Messages.text(Locale.ENGLISH, "visit.rule.QUOTA", "Kota Bandung", java.time.YearMonth.of(2026, 12));
        assertTrue(en.contains("December 2026") && !en.contains("2026-12"), en);
    }

    @Test
    void aPhraseInsideAMessageIsWordedInTheSameLanguage() {
        String id = Messages.text(Locale.forLanguageTag("id"), "visit.rule.NO_BOOKING",
                new Phrase("visit.bookedFor", "KJ-7QF3KX", java.time.LocalDate.of(2026, 12, 10), "09.00–10.00"));
        assertTrue(id.endsWith("KJ-7QF3KX dijadwalkan 10 Desember 2026, pukul 09.00–10.00 WIB."), id);
        String en = Messages.text(Locale.ENGLISH, "visit.rule.NO_BOOKING",
                new Phrase("visit.bookedFor", "KJ-7QF3KX", java.time.LocalDate.of(2026, 12, 10), "09.00–10.00"));
        assertTrue(en.endsWith("KJ-7QF3KX is booked for 10 December 2026, 09.00–10.00 WIB."), en);
    }
}
