package id.djpk.portal.site.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.djpk.portal.site.i18n.Formats;
import id.djpk.portal.site.i18n.Language;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The receipt time of a visit or PPID request explains itself when the deadline counts from a later day. */
class ReceivedTimeTest {

    @Test
    void withinOfficeHoursTheTimeIsEnough() {
        Instant at = Instant.parse("2026-12-03T03:15:00Z"); // 10.15 WIB
        assertEquals("3 Desember 2026, 10.15 WIB",
                Pages.received(at, LocalDate.of(2026, 12, 3), Formats.of(Language.ID), Language.ID.locale()));
    }

    @Test
    void outsideOfficeHoursItSaysFromWhichDayItCounts() {
        Instant at = Instant.parse("2026-12-03T13:46:00Z"); // 20.46 WIB
        assertEquals("diajukan 3 Desember 2026, 20.46 WIB; dihitung diterima 4 Desember 2026 (di luar jam kerja)",
                Pages.received(at, LocalDate.of(2026, 12, 4), Formats.of(Language.ID), Language.ID.locale()));
        assertEquals("submitted 3 December 2026, 20:46 WIB; counted as received on 4 December 2026 (outside office hours)",
                Pages.received(at, LocalDate.of(2026, 12, 4), Formats.of(Language.EN), Language.EN.locale()));
    }
}
