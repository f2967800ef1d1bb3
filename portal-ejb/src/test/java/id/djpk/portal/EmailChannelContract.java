package id.djpk.portal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import id.djpk.portal.document.DocumentStore;
import id.djpk.portal.email.EmailLedger;
import id.djpk.portal.email.FetchReport;
import id.djpk.portal.email.InboxEntry;
import id.djpk.portal.email.Mailbox;
import id.djpk.portal.email.MailboxFetcher;
import id.djpk.portal.email.PpidEmail;
import id.djpk.portal.email.PpidMailbox;
import id.djpk.portal.helpdesk.AgentDesk;
import id.djpk.portal.helpdesk.Channel;
import id.djpk.portal.helpdesk.HelpdeskService;
import id.djpk.portal.helpdesk.Intake;
import id.djpk.portal.helpdesk.Opened;
import id.djpk.portal.helpdesk.Ticket;
import id.djpk.portal.helpdesk.TicketMessage;
import id.djpk.portal.helpdesk.TicketQueues;
import id.djpk.portal.helpdesk.TicketQuery;
import id.djpk.portal.helpdesk.TicketStatus;
import id.djpk.portal.mail.MailService;
import id.djpk.portal.mail.MailStatus;
import id.djpk.portal.mail.OutboxMessage;
import id.djpk.portal.system.BusinessException;
import id.djpk.portal.system.OfficeClock;
import id.djpk.portal.testing.OutboxIds;
import id.djpk.portal.testing.TestFiles;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;
import org.junit.jupiter.api.Test;

/**
 * The e-mail intake (issue #12) against a real database inside Payara Micro, with GreenMail's IMAP server running
 * in the same deployment: messages are delivered with GreenMail's API and fetched once through
 * {@link MailboxFetcher#fetch}, the method the watcher calls (no timer). H2: {@code EmailChannelIT}; PostgreSQL:
 * {@code EmailChannelPostgresIT}.
 */
public abstract class EmailChannelContract {

    static final String HELPDESK = "callcenter@djpk.test";
    static final String PPID = "ppid@djpk.test";
    /** Email Lapor's mailbox (LaporServicesContract reads it). */
    static final String LAPOR = "lapor@djpk.test";
    static final String PASSWORD = "rahasia-uji";

    @Inject
    MailboxFetcher fetcher;
    @Inject
    EmailLedger ledger;
    @Inject
    PpidMailbox ppid;
    @Inject
    TicketQueues queues;
    @Inject
    HelpdeskService helpdesk;
    @Inject
    AgentDesk desk;
    @Inject
    MailService mail;
    @Inject
    DocumentStore documents;
    @Inject
    OfficeClock clock;
    @Inject
    OutboxIds outboxIds;

    private static GreenMail greenMail;

    // ---------------------------------------------------------------- deployment (client side)

    /** The IMAP settings of the test deployment: GreenMail on a free port, plain IMAP, the three mailboxes. */
    static String[] mailConfig() {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new String[] {"portal.mail.imap.host=127.0.0.1", "portal.mail.imap.port=" + port,
            "portal.mail.imap.ssl=false", "portal.mail.imap.user=" + HELPDESK, "portal.mail.imap.password=" + PASSWORD,
            "portal.mail.imap.ppid.user=" + PPID, "portal.mail.imap.ppid.password=" + PASSWORD,
            "portal.mail.imap.lapor.user=" + LAPOR, "portal.mail.imap.lapor.password=" + PASSWORD};
    }

    /** GreenMail (without its JUnit extension) and its logging API go into the deployment; Payara brings Jakarta Mail. */
    static WebArchive withGreenMail(WebArchive war) {
        return war.addAsLibraries(Maven.resolver().resolve("com.icegreen:greenmail:2.1.3", "org.slf4j:slf4j-api:1.7.36")
                .withoutTransitivity().asFile());
    }

    // ---------------------------------------------------------------- helpers (in the container)

    /** GreenMail's IMAP server on the configured port, started once per deployment, every mailbox emptied. */
    static synchronized GreenMail mailServer() {
        if (greenMail == null) {
            int port = ConfigProvider.getConfig().getValue("portal.mail.imap.port", Integer.class);
            greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
            greenMail.start();
            greenMail.setUser(HELPDESK, HELPDESK, PASSWORD);
            greenMail.setUser(PPID, PPID, PASSWORD);
            greenMail.setUser(LAPOR, LAPOR, PASSWORD);
        }
        try {
            greenMail.purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return greenMail;
    }

    static String unique() {
        return Long.toString(System.nanoTime(), 36) + ThreadLocalRandom.current().nextInt(1000);
    }

    static void deliver(String to, String raw) {
        try {
            MimeMessage m = new MimeMessage(Session.getInstance(new Properties()),
                    new ByteArrayInputStream(raw.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
            GreenMailUser user = greenMail.getUserManager().getUser(to);
            user.deliver(m);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static int count(String user, String folder) {
        try {
            ImapHostManager imap = greenMail.getManagers().getImapHostManager();
            GreenMailUser u = greenMail.getUserManager().getUser(user);
            MailFolder f = "INBOX".equals(folder) ? imap.getInbox(u) : imap.getFolder(u, folder);
            return f == null ? 0 : f.getMessageCount();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String plain(String messageId, String from, String subject, String body, String... headers) {
        return String.join("\n", headers) + (headers.length == 0 ? "" : "\n")
                + "Message-ID: " + messageId + "\nFrom: " + from + "\nTo: " + HELPDESK + "\nSubject: " + subject
                + "\nDate: Wed, 2 Dec 2026 09:15:00 +0700\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n\n"
                + body + "\n";
    }

    FetchReport fetch(Mailbox box) {
        try {
            return fetcher.fetch(box);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    Ticket ticketOf(String messageId) {
        InboxEntry e = ledger.find(Mailbox.HELPDESK, messageId);
        assertNotNull(e, "kept in the ledger: " + messageId);
        assertNotNull(e.getTicketNumber(), "a ticket for " + messageId + ": " + e.getState() + " " + e.getOutcome());
        return queues.get(e.getTicketNumber());
    }

    // ---------------------------------------------------------------- tests

    @Test
    void aNewMessageBecomesATicketWithItsFilesAndTheRawMessageKept() {
        mailServer();
        String id = "<" + unique() + "@mail.bandung.go.id>";
        String boundary = "b-" + unique();
        String pdf = Base64.getMimeEncoder().encodeToString(TestFiles.pdf("Laporan realisasi DAU"));
        String raw = "Message-ID: " + id + "\nFrom: \"Siti Aminah\" <siti." + unique() + "@bandung.go.id>\nTo: " + HELPDESK
                + "\nSubject: Penyaluran DAU tahap II\nDate: Wed, 2 Dec 2026 09:15:00 +0700\nMIME-Version: 1.0\n"
                + "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\n\n"
                + "--" + boundary + "\nContent-Type: multipart/alternative; boundary=\"alt" + boundary + "\"\n\n"
                + "--alt" + boundary + "\nContent-Type: text/plain; charset=UTF-8\n\nKapan DAU tahap II disalurkan?\n"
                + "--alt" + boundary + "\nContent-Type: text/html; charset=UTF-8\n\n<p>Kapan <b>DAU</b> tahap II disalurkan?</p>\n"
                + "--alt" + boundary + "--\n"
                + "--" + boundary + "\nContent-Type: application/pdf; name=\"laporan.pdf\"\nContent-Disposition: attachment; filename=\"laporan.pdf\"\n"
                + "Content-Transfer-Encoding: base64\n\n" + pdf + "\n"
                + "--" + boundary + "\nContent-Type: application/octet-stream; name=\"setup.exe\"\nContent-Disposition: attachment; filename=\"setup.exe\"\n"
                + "Content-Transfer-Encoding: base64\n\nTVqQAAMAAAAEAAAA\n"
                + "--" + boundary + "--\n";
        deliver(HELPDESK, raw);
        String htmlId = "<" + unique() + "@mail.example.com>";
        deliver(HELPDESK, "Message-ID: " + htmlId + "\nFrom: budi." + unique() + "@example.com\nTo: " + HELPDESK
                + "\nSubject: Dana Desa\nMIME-Version: 1.0\nContent-Type: text/html; charset=UTF-8\n\n"
                + "<html><head><style>p{color:red}</style><script>alert(1)</script></head><body><p>Halo,</p><p>Mohon info <a href=\"https://example.com/x\">tautan</a> Dana Desa.</p></body></html>\n");

        FetchReport report = fetch(Mailbox.HELPDESK);
        assertEquals(2, report.stored(), report.toString());
        assertEquals(0, count(HELPDESK, "INBOX"), "moved out of the inbox once the tickets committed");
        assertEquals(2, count(HELPDESK, "Diproses"), "the done folder, created when missing");

        Ticket t = ticketOf(id);
        assertEquals(Channel.EMAIL, t.getChannel());
        assertEquals("Penyaluran DAU tahap II", t.getSubject());
        assertEquals("Siti Aminah", t.getRequesterName());
        assertTrue(t.getRequesterEmail().startsWith("siti."));
        assertEquals(id, t.getSourceRef());
        InboxEntry entry = ledger.find(Mailbox.HELPDESK, id);
        assertEquals(InboxEntry.State.TICKET, entry.getState());
        assertEquals(entry.getReceivedAt(), t.getCreatedAt(), "the server's received time");
        TicketMessage first = t.getMessages().get(0);
        assertEquals("Kapan DAU tahap II disalurkan?", first.getBody(), "text/plain preferred");
        assertEquals(id, first.getExternalId());
        assertNotNull(first.getRawKey());
        assertTrue(new String(documents.read(first.getRawKey()), StandardCharsets.UTF_8).contains("setup.exe"), "the .eml kept whole");
        assertEquals(List.of("laporan.pdf"), first.getAttachments().stream().map(a -> a.getFileName()).toList());
        assertEquals("application/pdf", first.getAttachments().get(0).getMediaType());
        assertTrue(t.getMessages().stream().anyMatch(m -> m.getKind() == TicketMessage.Kind.NOTE && m.getBody().contains("setup.exe")),
                "the refused file is noted on the ticket");
        List<OutboxMessage> ack = mail.about("TICKET", t.getNumber());
        assertEquals(1, ack.size(), "the requester gets the acknowledgement");
        assertTrue(ack.get(0).getSubject().contains("[" + t.getNumber() + "]"), "its subject threads the answer: " + ack.get(0).getSubject());

        Ticket html = ticketOf(htmlId);
        String text = html.getMessages().get(0).getBody();
        assertTrue(text.contains("Halo,") && text.contains("Mohon info tautan <https://example.com/x> Dana Desa."), text);
        assertFalse(text.contains("alert") || text.contains("color") || text.contains("<p>"), text);
        assertEquals(html.getRequesterEmail(), html.getRequesterName(), "no display name: the address");
    }

    @Test
    void theSameMessageFetchedAgainChangesNothing() {
        mailServer();
        // Message-IDs of some mail programs are long: this one is kept whole as the ticket's source
        String id = "<" + unique() + "." + "x".repeat(220) + "@example.com>";
        String raw = plain(id, "rina." + unique() + "@example.com", "DBH sawit", "Mohon penjelasan DBH sawit.");
        deliver(HELPDESK, raw);
        deliver(HELPDESK, raw);
        FetchReport first = fetch(Mailbox.HELPDESK);
        assertEquals(1, first.stored(), first.toString());
        assertEquals(2, first.moved(), "the copy leaves the inbox too");
        Ticket t = ticketOf(id);
        assertEquals(id, t.getSourceRef());
        deliver(HELPDESK, raw);
        FetchReport again = fetch(Mailbox.HELPDESK);
        assertEquals(0, again.stored(), again.toString());
        assertEquals(1, again.moved());
        assertEquals(1, queues.get(t.getNumber()).getMessages().size(), "nothing twice on the ticket");
        assertEquals(1, mail.about("TICKET", t.getNumber()).size(), "one acknowledgement");

        // no Message-ID: named by the digest of the bytes, so the same bytes are the same message
        String noId = "From: anon." + unique() + "@example.com\nTo: " + HELPDESK + "\nSubject: Tanpa id\n\nIsi.\n";
        deliver(HELPDESK, noId);
        deliver(HELPDESK, noId);
        FetchReport digest = fetch(Mailbox.HELPDESK);
        assertEquals(1, digest.stored(), digest.toString());
        assertEquals(0, count(HELPDESK, "INBOX"));
    }

    @Test
    void autoRepliesAndBouncesMakeNoTicketAndABounceFailsTheAnswer() {
        mailServer();
        String requester = "andi." + unique() + "@example.com";
        Opened web = helpdesk.submit(Intake.webForm("Andi", requester, "Transfer ke daerah", "Pertanyaan.", null, null, null));
        desk.reply(web.number(), "Jawaban kami.");
        TicketMessage answer = queues.get(web.number()).getMessages().stream()
                .filter(m -> m.getKind() == TicketMessage.Kind.REPLY).findFirst().orElseThrow();
        assertNotNull(answer.getOutboxId(), "the answer went by e-mail");
        String answerId = "<answer-" + unique() + "@djpk.kemenkeu.go.id>";
        outboxIds.name(answer.getOutboxId(), answerId);
        int before = queues.get(web.number()).getMessages().size();

        String vacation = "<" + unique() + "@example.com>";
        deliver(HELPDESK, plain(vacation, requester, "Automatic reply: Jawaban kami", "Saya sedang cuti.", "Auto-Submitted: auto-replied"));
        String precedence = "<" + unique() + "@example.com>";
        deliver(HELPDESK, plain(precedence, "news." + unique() + "@example.com", "Buletin", "Berita.", "Precedence: bulk"));
        String bounce = "<" + unique() + "@mx.example.com>";
        String b = "r" + unique();
        deliver(HELPDESK, "Message-ID: " + bounce + "\nFrom: MAILER-DAEMON@mx.example.com\nTo: " + HELPDESK
                + "\nSubject: Undelivered Mail Returned to Sender\nMIME-Version: 1.0\n"
                + "Content-Type: multipart/report; report-type=delivery-status; boundary=\"" + b + "\"\n\n"
                + "--" + b + "\nContent-Type: text/plain\n\nThe mail could not be delivered.\n"
                + "--" + b + "\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.com\n\n"
                + "Final-Recipient: rfc822; " + requester + "\nAction: failed\nStatus: 5.1.1\n"
                + "Diagnostic-Code: smtp; 550 5.1.1 mailbox unavailable\n"
                + "--" + b + "\nContent-Type: text/rfc822-headers\n\nMessage-ID: " + answerId + "\nFrom: no-reply@djpk.kemenkeu.go.id\n"
                + "To: " + requester + "\nSubject: [" + web.number() + "] Transfer ke daerah\n"
                + "--" + b + "--\n");

        long ticketsBefore = queues.count(TicketQuery.of(TicketQuery.Queue.ALL, null, 0, 1));
        FetchReport report = fetch(Mailbox.HELPDESK);
        assertEquals(3, report.stored(), report.toString());
        assertEquals(0, count(HELPDESK, "INBOX"));
        assertEquals(ticketsBefore, queues.count(TicketQuery.of(TicketQuery.Queue.ALL, null, 0, 1)), "no ticket from any of them");
        assertEquals(InboxEntry.State.IGNORED, ledger.find(Mailbox.HELPDESK, vacation).getState());
        assertEquals(InboxEntry.State.IGNORED, ledger.find(Mailbox.HELPDESK, precedence).getState());
        assertEquals(InboxEntry.State.BOUNCE, ledger.find(Mailbox.HELPDESK, bounce).getState());
        assertEquals(before, queues.get(web.number()).getMessages().size(), "the auto-reply did not join the ticket");

        OutboxMessage failed = mail.find(answer.getOutboxId()).orElseThrow();
        assertEquals(MailStatus.FAILED, failed.getStatus());
        assertTrue(failed.getLastError().contains("550 5.1.1"), failed.getLastError());
        TicketMessage after = queues.get(web.number()).getMessages().stream().filter(m -> m.getKind() == TicketMessage.Kind.REPLY)
                .findFirst().orElseThrow();
        assertEquals(TicketMessage.Delivery.FAILED, after.getDeliveryStatus(), "visible on the ticket");
        assertEquals(1, mail.about("TICKET", web.number()).stream().filter(m -> m.getSubject().contains("diterima")).count(),
                "no automatic answer to any of them");
    }

    @Test
    void spamGoesToTheSpamQueueWithoutAnAcknowledgement() {
        mailServer();
        String id = "<" + unique() + "@spam.example>";
        deliver(HELPDESK, plain(id, "promo." + unique() + "@spam.example", "Menang undian", "Klik di sini.", "X-Spam-Flag: YES"));
        fetch(Mailbox.HELPDESK);
        Ticket t = ticketOf(id);
        assertTrue(t.getTopics().contains("SPAM"));
        assertTrue(mail.about("TICKET", t.getNumber()).isEmpty(), "no acknowledgement to a spammer");
        for (TicketQuery.Queue q : List.of(TicketQuery.Queue.ALL, TicketQuery.Queue.UNASSIGNED)) {
            assertFalse(queues.page(new TicketQuery(q, null, null, null, null, null, null, t.getNumber(), null, false, 0, 50))
                    .stream().anyMatch(x -> x.getNumber().equals(t.getNumber())), "not in the agents' queue " + q);
        }
        assertTrue(queues.page(new TicketQuery(TicketQuery.Queue.SPAM, null, null, null, null, null, null, t.getNumber(), null,
                false, 0, 50)).stream().anyMatch(x -> x.getNumber().equals(t.getNumber())), "the Spam queue shows it");
        // a new ticket has no topic yet: it must stay in the queues the SPAM topic is kept out of
        Opened plain = helpdesk.submit(Intake.webForm("Andi", "andi." + unique() + "@example.go.id", "DAU", "Pertanyaan.", null,
                null, null));
        for (TicketQuery.Queue q : List.of(TicketQuery.Queue.ALL, TicketQuery.Queue.UNASSIGNED)) {
            assertTrue(queues.search(new TicketQuery(q, null, null, null, null, null, null, plain.number(), null, false, 0, 50))
                    .tickets().stream().anyMatch(x -> x.getNumber().equals(plain.number())), "a ticket without topics in " + q);
        }
        assertFalse(queues.page(new TicketQuery(TicketQuery.Queue.SPAM, null, null, null, null, null, null, plain.number(), null,
                false, 0, 50)).stream().anyMatch(x -> x.getNumber().equals(plain.number())), "not spam");
    }

    @Test
    void aPortalStoppedMidFetchPicksUpWhereItStopped() {
        mailServer();
        // the portal had kept this one (ledger row, .eml) but stopped before processing and moving it
        String keptId = "<" + unique() + "@example.com>";
        String kept = plain(keptId, "dewi." + unique() + "@example.com", "Pagu DAK", "Berapa pagu DAK fisik?");
        EmailLedger.Kept row = ledger.store(Mailbox.HELPDESK, kept.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8),
                Instant.now().minusSeconds(60));
        assertEquals(InboxEntry.State.STORED, ledger.get(row.id()).getState());
        deliver(HELPDESK, kept);
        // and this one it had not read at all
        String freshId = "<" + unique() + "@example.com>";
        deliver(HELPDESK, plain(freshId, "eko." + unique() + "@example.com", "SIKD", "Akun SIKD terkunci."));

        FetchReport report = fetch(Mailbox.HELPDESK);
        assertEquals(1, report.stored(), "only the unread one is kept anew: " + report);
        assertEquals(2, report.processed(), report.toString());
        assertEquals(0, count(HELPDESK, "INBOX"));
        assertEquals(InboxEntry.State.TICKET, ledger.get(row.id()).getState());
        Ticket t = ticketOf(keptId);
        assertEquals(1, t.getMessages().stream().filter(m -> m.getKind() == TicketMessage.Kind.REQUEST).count());
        assertNotNull(ticketOf(freshId));
        fetch(Mailbox.HELPDESK);
        assertEquals(1, queues.get(t.getNumber()).getMessages().stream().filter(m -> m.getKind() == TicketMessage.Kind.REQUEST).count(),
                "a second fetch adds nothing");
    }

    @Test
    void answersJoinTheirTicketReopenItOrFollowAnOldOne() {
        mailServer();
        String requester = "yusuf." + unique() + "@example.com";
        String firstId = "<" + unique() + "@example.com>";
        deliver(HELPDESK, plain(firstId, requester, "Dokumen DAK", "Dokumen apa yang diperlukan?"));
        fetch(Mailbox.HELPDESK);
        Ticket t = ticketOf(firstId);

        // In-Reply-To names the first message: it joins
        String secondId = "<" + unique() + "@example.com>";
        deliver(HELPDESK, plain(secondId, requester, "Re: Dokumen DAK", "Tambahan: untuk DAK fisik.", "In-Reply-To: " + firstId,
                "References: " + firstId));
        fetch(Mailbox.HELPDESK);
        assertEquals(InboxEntry.State.JOINED, ledger.find(Mailbox.HELPDESK, secondId).getState());
        Ticket joined = queues.get(t.getNumber());
        assertEquals(List.of("Dokumen apa yang diperlukan?", "Tambahan: untuk DAK fisik."), joined.getMessages().stream()
                .filter(m -> m.getKind() == TicketMessage.Kind.REQUEST).map(TicketMessage::getBody).toList());
        assertEquals(secondId, joined.lastMessage().getExternalId());
        assertEquals(1, mail.about("TICKET", t.getNumber()).size(), "no second acknowledgement");

        // closed a day ago: the ticket number in the subject (same sender) reopens it
        desk.reply(t.getNumber(), "Berikut daftarnya.");
        desk.close(t.getNumber());
        assertEquals(TicketStatus.CLOSED, queues.get(t.getNumber()).getStatus());
        String thirdId = "<" + unique() + "@example.com>";
        deliver(HELPDESK, plain(thirdId, requester, "Re: [" + t.getNumber() + "] Dokumen DAK", "Masih ada pertanyaan."));
        // someone else naming the number does not join it
        String strangerId = "<" + unique() + "@example.com>";
        deliver(HELPDESK, plain(strangerId, "orang.lain." + unique() + "@example.com", "[" + t.getNumber() + "] iseng", "Halo."));
        fetch(Mailbox.HELPDESK);
        Ticket reopened = queues.get(t.getNumber());
        assertEquals(TicketStatus.OPEN, reopened.getStatus());
        assertEquals(InboxEntry.State.JOINED, ledger.find(Mailbox.HELPDESK, thirdId).getState());
        assertTrue(reopened.getMessages().stream().anyMatch(m -> "REOPENED".equals(m.getBody())));
        assertEquals(InboxEntry.State.TICKET, ledger.find(Mailbox.HELPDESK, strangerId).getState());
        assertTrue(!ticketOf(strangerId).getNumber().equals(t.getNumber()));

        // closed 20 days ago: a new ticket that names the old one
        try {
            clock.set(Clock.fixed(Instant.now().minus(Duration.ofDays(20)), clock.zone()));
            desk.close(t.getNumber());
        } finally {
            clock.set(null);
        }
        String lateId = "<" + unique() + "@example.com>";
        deliver(HELPDESK, plain(lateId, requester, "Re: Dokumen DAK", "Pertanyaan baru.", "References: " + firstId + " " + secondId));
        fetch(Mailbox.HELPDESK);
        Ticket follows = ticketOf(lateId);
        assertTrue(!follows.getNumber().equals(t.getNumber()), "a new ticket");
        assertEquals(t.getNumber(), follows.getFollowsTicket());
        assertEquals(TicketStatus.CLOSED, queues.get(t.getNumber()).getStatus(), "the old one stays closed");
    }

    @Test
    void thePpidMailboxFillsThePpidDesksInbox() {
        mailServer();
        String id = "<" + unique() + "@example.com>";
        deliver(PPID, plain(id, "\"Warga Kota\" <warga." + unique() + "@example.com>", "Permohonan informasi APBD",
                "Saya memohon salinan data transfer ke daerah 2025."));
        FetchReport report = fetch(Mailbox.PPID);
        assertEquals(1, report.stored(), report.toString());
        assertEquals(0, count(PPID, "INBOX"));
        assertEquals(1, count(PPID, "Diproses"));
        InboxEntry entry = ledger.find(Mailbox.PPID, id);
        assertEquals(InboxEntry.State.NEW, entry.getState());
        assertNull(ledger.find(Mailbox.HELPDESK, id), "not a ticket");
        assertTrue(ppid.waiting(100).stream().anyMatch(e -> e.getId().equals(entry.getId())));
        PpidEmail m = ppid.get(entry.getId()).orElseThrow();
        assertEquals("Warga Kota", m.fromName());
        assertEquals("Saya memohon salinan data transfer ke daerah 2025.", m.text());
        assertEquals(entry.getReceivedAt(), m.receivedAt());
        assertArrayEquals(documents.read(entry.getRawKey()), ppid.raw(entry.getId()));

        ppid.converted(entry.getId(), "PPID-2026-00042");
        assertEquals(InboxEntry.State.CONVERTED, ledger.get(entry.getId()).getState());
        assertEquals("PPID-2026-00042", ledger.get(entry.getId()).getRequestNumber());
        assertFalse(ppid.waiting(100).stream().anyMatch(e -> e.getId().equals(entry.getId())));
        assertEquals("email.alreadyConverted",
                assertThrows(BusinessException.class, () -> ppid.converted(entry.getId(), "PPID-2026-00043")).getKey());
        assertTrue(ppid.get(-1).isEmpty());
    }
}
