package id.djpk.portal.visit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.djpk.portal.system.Formatter;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A booking's timeline showed "2026-12-10 #1" and "3 arrived, 2 admitted": the pages read them in words. */
class VisitEventTest {

    static final Formatter ID = Formatter.of(Locale.forLanguageTag("id"));
    static final Map<String, String> TEXTS = Map.of("visit.note.arrived", "{0} tamu hadir, {1} diterima",
            "visit.note.breach", "melebihi batas (paling banyak {0})");

    static String words(VisitEvent.Kind kind, String note) {
        return new VisitEvent(null, Instant.EPOCH, kind, "desk", true, note)
                .noteText(ID::dayAndDate, n -> "sesi " + n, (key, args) -> MessageFormat.format(TEXTS.get(key), args));
    }

    @Test
    void datesAndSessionsAreWrittenOut() {
        assertEquals("Kamis, 10 Desember 2026, sesi 1, KONF-7", words(VisitEvent.Kind.CONFIRMED, "2026-12-10 #1, KONF-7"));
        assertEquals("Kamis, 10 Desember 2026, sesi 1 → Jumat, 11 Desember 2026, sesi 3: ruang penuh",
                words(VisitEvent.Kind.RESCHEDULED, "2026-12-10 #1 -> 2026-12-11 #3: ruang penuh"));
        assertEquals("005/BPKAD/2026 (Selasa, 1 Desember 2026)", words(VisitEvent.Kind.RECEIVED, "005/BPKAD/2026 (2026-12-01)"));
    }

    @Test
    void arrivalsAreCountedInWords() {
        assertEquals("3 tamu hadir, 2 diterima; melebihi batas (paling banyak 2)",
                words(VisitEvent.Kind.CHECKED_IN, "3 arrived, 2 admitted, breach of E.3.c.6 (allowed 2)"));
        assertEquals("2 tamu hadir, 2 diterima", words(VisitEvent.Kind.CHECKED_IN, "2 arrived, 2 admitted"));
        assertEquals("Ruang rapat tidak tersedia.", words(VisitEvent.Kind.CANCELLED, "Ruang rapat tidak tersedia."));
        assertEquals("", words(VisitEvent.Kind.NO_SHOW, null));
    }
}
