package id.djpk.portal.helpdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.djpk.portal.reference.TimeZoneCode;
import id.djpk.portal.system.AccessCode;
import id.djpk.portal.system.BusinessException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** A ticket's state changes: which are allowed from which state, and what each one refuses. */
class TicketTest {

    static final ZoneId OFFICE = ZoneId.of("Asia/Jakarta");
    static final Instant AT = Instant.parse("2024-05-02T03:00:00Z");
    static final LocalDate DUE = LocalDate.of(2024, 5, 7);

    static Ticket ticket(String number) {
        Intake in = Intake.webForm("Siti Aminah", "siti@example.go.id", "Penyaluran DAU", "Kapan DAU disalurkan?",
                "32.73", "BPKAD Kota Bandung", null);
        return new Ticket(number, AccessCode.hash("7KQ2-M9XD-4HNP-CW3R"), in,
                new Contact("Siti Aminah", "siti@example.go.id", null, AT), AT, OFFICE, TimeZoneCode.WIB,
                HoursVerdict.INSIDE);
    }

    static String refused(Executable change) {
        return assertThrows(BusinessException.class, change).getKey();
    }

    @Test
    void aNewTicketCountsInTheOfficeMonthAndHoldsTheQuestion() {
        Ticket t = new Ticket("TIK-2024-000001", "-", Intake.webForm("A", "a@example.go.id", "S", "Q", null, null, null),
                new Contact("A", "a@example.go.id", null, AT), Instant.parse("2024-04-30T18:00:00Z"), OFFICE, null,
                HoursVerdict.UNIDENTIFIED);
        assertEquals(TicketStatus.NEW, t.getStatus());
        assertEquals("2024-05", t.getCreatedMonth(), "01.00 WIB on 1 May counts in May");
        assertEquals(1, t.getMessages().size());
        assertEquals(TicketMessage.Kind.REQUEST, t.getMessages().get(0).getKind());
    }

    @Test
    void takingANewTicketOpensIt() {
        Ticket t = ticket("TIK-2024-000001");
        t.assign("agent");
        assertEquals(TicketStatus.OPEN, t.getStatus());
        assertEquals("agent", t.getAgent());
    }

    @Test
    void theFirstAnswerSetsTheFirstResponseAndTheAgent() {
        Ticket t = ticket("TIK-2024-000001");
        t.reply("agent", "DAU disalurkan bulanan.", AT.plusSeconds(600));
        t.reply("agent2", "Tambahan.", AT.plusSeconds(1200));
        assertEquals(TicketStatus.ANSWERED, t.getStatus());
        assertEquals(AT.plusSeconds(600), t.getFirstResponseAt());
        assertEquals("agent", t.getAgent(), "the ticket stays with whoever answered first");
    }

    @Test
    void theRequesterWritingAgainReopensAnAnsweredOrClosedTicket() {
        Ticket t = ticket("TIK-2024-000001");
        t.reply("agent", "Jawaban", AT);
        t.requesterWrites("Terima kasih, satu lagi…", AT.plusSeconds(60));
        assertEquals(TicketStatus.OPEN, t.getStatus());
        t.close("agent", AT.plusSeconds(120), "survey-digest", AT.plus(Survey.VALID));
        t.requesterWrites("Masih ada pertanyaan", AT.plusSeconds(180));
        assertEquals(TicketStatus.OPEN, t.getStatus());
        assertNull(t.getClosedAt());
        assertNull(t.getSurveyExpires(), "a survey not yet answered is withdrawn");
    }

    @Test
    void escalationWaitsOnTheUnitAndOnlyThatUnitMayDraft() {
        Ticket t = ticket("TIK-2024-000001");
        t.escalate("DTU", "Rincian alokasi", "agent", AT, DUE);
        assertEquals(TicketStatus.WAITING_L2, t.getStatus());
        assertEquals(DUE, t.getCallbackDue());
        assertEquals("agent", t.getAgent(), "whoever escalates an untaken ticket takes it");
        assertEquals("helpdesk.alreadyEscalated", refused(() -> t.escalate("PDRD", "lagi", "agent", AT, DUE)));
        assertEquals("helpdesk.notWaitingOnUnit", refused(() -> t.draft("PDRD", "konsep", "l2", AT, 100)));
        assertEquals("helpdesk.waitingOnL2", refused(() -> t.close("agent", AT, "d", AT)));

        t.draft("DTU", "Konsep jawaban", "l2-dtu", AT.plusSeconds(3600), 100);
        assertEquals(TicketStatus.OPEN, t.getStatus());
        assertEquals(100, t.getL2Score());
        assertEquals("Konsep jawaban", t.getL2Draft());
        assertEquals("helpdesk.notWaitingOnUnit", refused(() -> t.draft("DTU", "lagi", "l2-dtu", AT, 100)),
                "one draft per escalation");
    }

    @Test
    void anAnswerWhileWaitingOnLayer2KeepsItWaiting() {
        Ticket t = ticket("TIK-2024-000001");
        t.escalate("DTU", "Rincian", "agent", AT, DUE);
        t.reply("agent", "Sedang kami tanyakan ke unit teknis.", AT.plusSeconds(60));
        assertEquals(TicketStatus.WAITING_L2, t.getStatus());
    }

    @Test
    void theCallbackIsOverdueOnlyAfterItsDayWhileStillWaiting() {
        Ticket t = ticket("TIK-2024-000001");
        t.escalate("DTU", "Rincian", "agent", AT, DUE);
        assertFalse(t.isCallbackOverdue(DUE));
        assertTrue(t.isCallbackOverdue(DUE.plusDays(1)));
        t.draft("DTU", "Konsep", "l2", AT, 50);
        assertFalse(t.isCallbackOverdue(DUE.plusDays(1)));
    }

    @Test
    void aClosedTicketRefusesWorkUntilReopened() {
        Ticket t = ticket("TIK-2024-000001");
        t.close("agent", AT, "digest", AT.plus(Survey.VALID));
        assertEquals(TicketStatus.CLOSED, t.getStatus());
        assertEquals(AT, t.getClosedAt());
        assertEquals("helpdesk.closed", refused(() -> t.reply("agent", "x", AT)));
        assertEquals("helpdesk.closed", refused(() -> t.assign("agent")));
        assertEquals("helpdesk.closed", refused(() -> t.escalate("DTU", "x", "agent", AT, DUE)));
        assertEquals("helpdesk.closed", refused(() -> t.close("agent", AT, "d", AT)));
        t.note("agent", "a note stays possible", AT);

        t.reopen("agent", AT.plusSeconds(60));
        assertEquals(TicketStatus.OPEN, t.getStatus());
        assertNull(t.getClosedAt());
        assertEquals("helpdesk.notClosed", refused(() -> t.reopen("agent", AT)), "only an answered or closed ticket");
    }

    @Test
    void aRatingGivenStaysWhenTheTicketIsReopened() {
        Ticket t = ticket("TIK-2024-000001");
        t.close("agent", AT, "digest", AT.plus(Survey.VALID));
        t.rate(5, 4, "Cepat", AT.plusSeconds(60));
        t.reopen("agent", AT.plusSeconds(120));
        assertEquals(5, t.getRatingService());
        assertEquals(4, t.getRatingAnswer());
        assertNotNull(t.getRatedAt());
    }

    @Test
    void anAnsweredTicketMayBeReopened() {
        Ticket t = ticket("TIK-2024-000001");
        t.reply("agent", "Jawaban", AT);
        t.reopen("agent", AT.plusSeconds(60));
        assertEquals(TicketStatus.OPEN, t.getStatus());
    }

    @Test
    void mergingMovesTheThreadAndLeavesAPointer() {
        Ticket duplicate = ticket("TIK-2024-000002");
        Ticket target = ticket("TIK-2024-000001");
        duplicate.classify(UserCategory.PEMDA, "32.73", Set.of("DAU"), TimeZoneCode.WIB, HoursVerdict.INSIDE);
        duplicate.mergeInto(target, "agent", AT);
        assertEquals(TicketStatus.MERGED, duplicate.getStatus());
        assertEquals("TIK-2024-000001", duplicate.getMergedInto());
        assertTrue(duplicate.getMessages().isEmpty());
        assertEquals(List.of(TicketMessage.Kind.REQUEST, TicketMessage.Kind.REQUEST, TicketMessage.Kind.EVENT),
                target.getMessages().stream().map(TicketMessage::getKind).toList());
        assertTrue(target.getTopics().contains("DAU"), "the duplicate's topics join the target");

        assertEquals("helpdesk.merged", refused(() -> duplicate.reply("agent", "x", AT)));
        assertEquals("helpdesk.merged", refused(() -> duplicate.note("agent", "x", AT)));
        assertEquals("helpdesk.merged", refused(() -> duplicate.requesterWrites("x", AT)));
        assertEquals("helpdesk.merged", refused(() -> duplicate.classify(null, null, Set.of(), null, HoursVerdict.UNIDENTIFIED)));
        assertEquals("helpdesk.merged", refused(() -> target.mergeInto(duplicate, "agent", AT)));
        assertEquals("helpdesk.mergeSelf", refused(() -> target.mergeInto(target, "agent", AT)));
    }

    @Test
    void theAccessCodeFitsInAnyWritingButNoOtherCode() {
        Ticket t = ticket("TIK-2024-000001");
        assertTrue(t.accessCodeMatches("7kq2 m9xd 4hnp cw3r"));
        assertFalse(t.accessCodeMatches("AAAA-BBBB-CCCC-DDDD"));
        assertFalse(t.accessCodeMatches(null));
    }

    @Test
    void anImportedHistoryTakesTheStateItHadBefore() {
        Ticket closed = ticket("TIK-2024-000001");
        closed.history("agent", AT, null, null, null, null, AT.plusSeconds(60), 5, null);
        assertEquals(TicketStatus.CLOSED, closed.getStatus());
        assertEquals(AT.plusSeconds(60), closed.getRatedAt());
        Ticket waiting = ticket("TIK-2024-000002");
        waiting.history("agent", AT, AT, "DTU", null, null, null, null, null);
        assertEquals(TicketStatus.WAITING_L2, waiting.getStatus());
        Ticket answered = ticket("TIK-2024-000003");
        answered.history("agent", AT, null, null, null, null, null, null, null);
        assertEquals(TicketStatus.ANSWERED, answered.getStatus());
        Ticket open = ticket("TIK-2024-000004");
        open.history("agent", null, null, null, null, null, null, null, null);
        assertEquals(TicketStatus.OPEN, open.getStatus());
        Ticket fresh = ticket("TIK-2024-000005");
        fresh.history(null, null, null, null, null, null, null, null, null);
        assertEquals(TicketStatus.NEW, fresh.getStatus());
    }

    @Test
    void anAnswersDeliveryOnlyMovesForwardButAFailureAlwaysShows() {
        Ticket t = ticket("TIK-2024-000001");
        TicketMessage answer = t.reply("agent", "Sudah kami kirim.", AT.plusSeconds(60));
        assertEquals(TicketMessage.Direction.OUT, answer.getDirection());
        assertEquals(TicketMessage.Direction.IN, t.getMessages().get(0).getDirection());
        assertNull(answer.getDeliveryStatus(), "not handed to any channel yet");
        answer.queued(42L);
        assertEquals(TicketMessage.Delivery.QUEUED, answer.getDeliveryStatus());
        answer.delivery(TicketMessage.Delivery.READ, null);
        answer.delivery(TicketMessage.Delivery.DELIVERED, null);
        assertEquals(TicketMessage.Delivery.READ, answer.getDeliveryStatus(), "a late 'delivered' does not undo 'read'");
        answer.delivery(TicketMessage.Delivery.FAILED, "550 mailbox unavailable");
        assertEquals(TicketMessage.Delivery.FAILED, answer.getDeliveryStatus());
        assertEquals("550 mailbox unavailable", answer.getDeliveryError());
        answer.delivery(TicketMessage.Delivery.SENT, null);
        assertEquals(TicketMessage.Delivery.SENT, answer.getDeliveryStatus(), "sent again after a failure");
        assertNull(answer.getDeliveryError());
    }
}
