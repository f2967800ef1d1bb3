package id.djpk.portal.web.helpdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Where the workspace puts a knowledge-base answer or Layer 2's draft into the answer being written. */
class HelpdeskTicketBeanTest {

    @Test
    void anEmptyAnswerBecomesThePiece() {
        assertEquals("DAU disalurkan.", HelpdeskTicketBean.inserted(null, null, "DAU disalurkan."));
        assertEquals("DAU disalurkan.", HelpdeskTicketBean.inserted("  \n", 2, "DAU disalurkan."));
    }

    @Test
    void thePieceGoesWhereTheCursorIs() {
        assertEquals("Yth. Bapak,\nDAU disalurkan.\nSalam.", HelpdeskTicketBean.inserted("Yth. Bapak,\n\nSalam.", 12, "DAU disalurkan."));
        assertEquals("Salam.DAU", HelpdeskTicketBean.inserted("Salam.", 6, "DAU"));
        assertEquals("DAUSalam.", HelpdeskTicketBean.inserted("Salam.", 0, "DAU"));
    }

    @Test
    void withoutACursorItIsAppendedOnALineOfItsOwn() {
        assertEquals("Yth. Bapak,\n\nDAU disalurkan.", HelpdeskTicketBean.inserted("Yth. Bapak,\n", null, "DAU disalurkan."));
        assertEquals("Yth. Bapak,\n\nDAU disalurkan.", HelpdeskTicketBean.inserted("Yth. Bapak,", 99, "DAU disalurkan."));
    }
}
