package id.djpk.portal.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Waiting for new mail with IMAP IDLE against GreenMail's IMAP server in this JVM (no portal needed). */
class MailboxIdleTest {

    private static final String USER = "callcenter@djpk.test";
    private GreenMail mail;
    private ImapSettings settings;

    @BeforeEach
    void start() {
        mail = new GreenMail(com.icegreen.greenmail.util.ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));
        mail.start();
        mail.setUser(USER, USER, "rahasia");
        settings = new ImapSettings();
        settings.host = Optional.of("127.0.0.1");
        settings.port = mail.getImap().getPort();
        settings.ssl = false;
        settings.user = Optional.of(USER);
        settings.password = Optional.of("rahasia");
        settings.folder = "INBOX";
        settings.doneFolder = "Diproses";
        settings.pollSeconds = 60;
        settings.ppidUser = Optional.empty();
        settings.ppidPassword = Optional.empty();
    }

    @AfterEach
    void stop() {
        mail.stop();
    }

    @Test
    void aNewMessageEndsTheWait() throws Exception {
        try (MailboxIdle idle = new MailboxIdle(settings, Mailbox.HELPDESK)) {
            CompletableFuture<Boolean> waited = CompletableFuture.supplyAsync(() -> {
                try {
                    return idle.await(Duration.ofMinutes(10));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            // deliver until the waiting side has seen one (it may not be idling yet when the first arrives)
            for (int i = 0; i < 600 && !waited.isDone(); i++) {
                GreenMailUtil.sendTextEmail(USER, "siti@bandung.go.id", "DAU " + i, "Kapan?", mail.getSmtp().getServerSetup());
                Thread.sleep(100);
            }
            assertTrue(waited.isDone(), "the wait ended on new mail, long before its 10 minutes");
            assertTrue(waited.get(), "the server offers IDLE");
        }
    }

    @Test
    void closingFromAnotherThreadEndsTheWait() throws Exception {
        MailboxIdle idle = new MailboxIdle(settings, Mailbox.HELPDESK);
        CompletableFuture<Boolean> waited = CompletableFuture.supplyAsync(() -> {
            try {
                return idle.await(Duration.ofMinutes(10));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        for (int i = 0; i < 600 && !waited.isDone(); i++) {
            idle.close();
            Thread.sleep(100);
        }
        assertTrue(waited.isDone(), "the watcher stopping ends the wait");
        assertEquals(0, mail.getReceivedMessages().length);
        assertFalse(waited.isCompletedExceptionally());
        waited.get(1, TimeUnit.SECONDS);
    }
}
