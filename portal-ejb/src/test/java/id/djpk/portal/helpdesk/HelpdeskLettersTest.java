package id.djpk.portal.helpdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import id.djpk.portal.mail.Mail;
import id.djpk.portal.system.Links;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The contact center's e-mails as the requester reads them, from {@code letters.properties}. */
class HelpdeskLettersTest {

    static final HelpdeskLetters LETTERS = HelpdeskLetters.of(Links.of("https://djpk.example/"));
    static final String CODE = "7KQ2-M9XD-4HNP-CW3R";

    @Test
    void theAcknowledgementCarriesTheAccessLinkWithTheCodeInItsFragment() {
        Ticket t = TicketTest.ticket("TIK-2024-000017");
        Mail m = LETTERS.received(t, CODE);
        assertEquals("siti@example.go.id", m.recipient());
        assertEquals("[TIK-2024-000017] Tiket diterima / Ticket received", m.subject());
        assertEquals("Pertanyaan Anda telah kami terima dengan nomor tiket TIK-2024-000017.\n\n"
                + "Kode akses: " + CODE + "\n"
                + "Baca jawaban dan balas melalui tautan berikut, atau dengan nomor tiket dan kode akses di "
                + "https://djpk.example/tiket/lihat:\n"
                + "https://djpk.example/tiket/lihat?nomor=TIK-2024-000017#kode=" + CODE
                + "\n\nDering DJPK 150420", m.text());
        assertEquals(CODE, m.secret(), "masked in the outbox once sent");
        assertEquals("TICKET", m.aboutKind());
        assertEquals("TIK-2024-000017", m.aboutRef());
    }

    @Test
    void anAnswerKeepsWhatTheAgentTypedAsItIs() {
        Ticket t = TicketTest.ticket("TIK-2024-000017");
        String typed = "Don't worry: {0} and '{1}' stay as typed, 100% {}.";
        Mail m = LETTERS.reply(t, typed);
        assertEquals("[TIK-2024-000017] Penyaluran DAU", m.subject());
        assertEquals(typed + "\n\n--\nDering DJPK 150420, tiket TIK-2024-000017. "
                + "Balas melalui tautan pada e-mail tanda terima tiket ini.", m.text());
        assertNull(m.secret());
    }

    @Test
    void theSurveyLinkIsOneUseAndSaysHowLongItHolds() {
        Ticket t = TicketTest.ticket("TIK-2024-000017");
        Mail m = LETTERS.survey(t, CODE);
        assertEquals("[TIK-2024-000017] Survei kepuasan layanan", m.subject());
        assertEquals("Tiket TIK-2024-000017 telah selesai. Mohon nilai layanan kami (sekali pakai, berlaku "
                + Survey.VALID.toDays() + " hari):\nhttps://djpk.example/tiket/survei#kode=" + CODE
                + "\n\nDering DJPK 150420", m.text());
        assertEquals(CODE, m.secret());
    }

    @Test
    void noLayer2AccountNoMessage() {
        Ticket t = TicketTest.ticket("TIK-2024-000017");
        t.escalate("DTU", "Rincian", "agent", TicketTest.AT, TicketTest.DUE);
        assertEquals(List.of(), LETTERS.toUnit(t, "DTU", TicketTest.DUE, false, List.of()));
    }
}
