package id.djpk.portal.email;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ThreadingTest {

    @Test
    void theAnsweredIdComesFirstThenTheReferencesNewestFirst() {
        assertEquals(List.of("<c@x>", "<b@x>", "<a@x>"), Threading.referencedIds("<c@x>", "<a@x> <b@x>\r\n <c@x>"));
        assertEquals(List.of("<b@x>", "<a@x>"), Threading.referencedIds(null, "<a@x>\t<b@x>"));
        assertEquals(List.of("<a@x>"), Threading.referencedIds("Your message of Monday <a@x>", null));
        assertEquals(List.of(), Threading.referencedIds("", "garbage without brackets"));
    }

    @Test
    void theTicketNumberInBracketsAnywhereInTheSubject() {
        assertEquals(Optional.of("TIK-2026-000123"), Threading.ticketNumber("Re: [TIK-2026-000123] Penyaluran DAU"));
        assertEquals(Optional.of("TIK-2026-000123"), Threading.ticketNumber("AW: Re: Penyaluran DAU [ tik-2026-000123 ]"));
        assertEquals(Optional.empty(), Threading.ticketNumber("TIK-2026-000123 without brackets"));
        assertEquals(Optional.empty(), Threading.ticketNumber("[TIK-2026-12345]"));
        assertEquals(Optional.empty(), Threading.ticketNumber(null));
    }
}
