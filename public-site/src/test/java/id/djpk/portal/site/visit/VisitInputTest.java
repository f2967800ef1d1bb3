package id.djpk.portal.site.visit;

import id.djpk.portal.site.web.FormModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import id.djpk.portal.visit.GuestEntry;
import id.djpk.portal.visit.VisitMode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The API's guest list and mode, read as the contract of issue #4 writes them. */
class VisitInputTest {

    @Test
    void guestsAreAJsonArrayOfNamePositionAndHead() {
        assertEquals(List.of(new GuestEntry("Budi", "Kepala BPKAD", false), new GuestEntry("Ade", "Bupati", true)),
                VisitInput.guests("[{\"name\": \"Budi\", \"position\": \"Kepala BPKAD\", \"head\": false},"
                        + " {\"name\": \"Ade\", \"position\": \"Bupati\", \"head\": true}]"));
        assertEquals(List.of(new GuestEntry("Budi", "Staf", false)), VisitInput.guests("[{\"name\": \"Budi\", \"position\": \"Staf\"}]"));
        assertEquals(List.of(), VisitInput.guests(" "));
        assertNull(VisitInput.guests("[1]"));
        assertNull(VisitInput.guests("{\"name\": \"Budi\"}"));
        assertNull(VisitInput.guests("[{\"name\": \"Budi\", \"position\": \"Staf\", \"head\": \"ya\"}]"));
        assertNull(VisitInput.guests("[{"));
    }

    @Test
    void theModeIsOneOfTheTwoNames() {
        assertEquals(VisitMode.TATAP_MUKA, VisitInput.form(Map.of("mode", "TATAP_MUKA")).getMode());
        assertEquals(VisitMode.VIDEO_CONFERENCE, FormModel.choice(VisitMode.class, " VIDEO_CONFERENCE "));
        assertNull(FormModel.choice(VisitMode.class, "tatap muka"));
    }
}
