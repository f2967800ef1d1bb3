package id.djpk.portal.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A refused message waits longer after each refusal, and is given up only after hours, not seconds. */
class OutboxMessageTest {

    @Test
    void refusalsBackOffThenFail() {
        Instant t = Instant.parse("2026-11-23T01:00:00Z");
        OutboxMessage m = new OutboxMessage(Mail.to("ani@example.org").subject("s").text("t"), MailStatus.QUEUED, t);
        Duration[] expected = {Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofHours(1),
                Duration.ofHours(4)};
        for (Duration pause : expected) {
            m.failedAttempt("421 try later", t);
            assertEquals(MailStatus.QUEUED, m.getStatus());
            assertEquals(t.plus(pause), m.getNextAttemptAt());
            t = m.getNextAttemptAt();
        }
        m.failedAttempt("550 no such user", t);
        assertEquals(MailStatus.FAILED, m.getStatus());
        assertEquals(6, m.getAttempts());
        assertEquals("550 no such user", m.getLastError());
        assertNull(m.getNextAttemptAt());

        m.requeue();
        assertEquals(MailStatus.QUEUED, m.getStatus());
        assertNull(m.getNextAttemptAt());
    }

    @Test
    void overlongTextsAreCutNotRefused() {
        OutboxMessage m = new OutboxMessage(Mail.to("ani@example.org").subject("x".repeat(400)).text("y".repeat(30000)),
                MailStatus.HELD, Instant.now());
        assertEquals(300, m.getSubject().length());
        assertEquals(20000, m.getBody().length());
    }

    @Test
    void theAccessCodeIsMaskedInTheStoredBodyOnceSentAndKeptWhileHeld() {
        String code = "7KQ2-M9XD-4HNP-CW3R";
        String text = "Kode akses: " + code + "\nStatus: http://127.0.0.1/ppid/status?nomor=PPID-2026-00001#kode=" + code;
        OutboxMessage held = new OutboxMessage(Mail.to("ani@example.org").subject("s").text(text).secret(code),
                MailStatus.HELD, Instant.now());
        assertTrue(held.getBody().contains(code), "held: staff still pass the code on");
        held.failedAttempt("421 try later", Instant.now());
        assertTrue(held.getBody().contains(code), "not delivered yet: the code stays");

        held.sent(Instant.now());
        assertFalse(held.getBody().contains(code), held.getBody());
        assertFalse(held.getBody().contains("M9XD-4HNP"), held.getBody());
        assertTrue(held.getBody().contains("Kode akses: 7KQ2-…-CW3R"), held.getBody());
        assertTrue(held.getBody().contains("#kode=7KQ2-…-CW3R"), held.getBody());
    }

    @Test
    void aBounceFailsTheMessageForGoodAndItKeepsItsThread() {
        Instant t = Instant.parse("2026-11-23T01:00:00Z");
        OutboxMessage m = new OutboxMessage(Mail.to("ani@example.org").subject("s").text("t")
                .thread(null, "<q1@mail.example.org>", java.util.List.of("<q1@mail.example.org>", "<a1@djpk.example>")),
                MailStatus.QUEUED, t, "<own@djpk.example>");
        assertEquals("<own@djpk.example>", m.getMessageId());
        assertEquals("<q1@mail.example.org>", m.getInReplyTo());
        assertEquals(java.util.List.of("<q1@mail.example.org>", "<a1@djpk.example>"), m.getReferences());
        m.sent(t);
        m.bounced("550 5.1.1 mailbox unavailable");
        assertEquals(MailStatus.FAILED, m.getStatus());
        assertEquals("Bounce: 550 5.1.1 mailbox unavailable", m.getLastError());
        assertNull(m.getNextAttemptAt());

        OutboxMessage plain = new OutboxMessage(Mail.to("ani@example.org").subject("s").text("t"), MailStatus.HELD, t);
        assertTrue(plain.getMessageId().matches("<.+@djpk\\.portal>"), "every message has its own id");
        assertNull(plain.getInReplyTo());
        assertTrue(plain.getReferences().isEmpty());
    }
}
