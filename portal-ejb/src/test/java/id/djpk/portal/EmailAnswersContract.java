package id.djpk.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import id.djpk.portal.audit.AuditTrail;
import id.djpk.portal.document.StoredFile;
import id.djpk.portal.helpdesk.AgentDesk;
import id.djpk.portal.helpdesk.Channel;
import id.djpk.portal.helpdesk.HelpdeskService;
import id.djpk.portal.helpdesk.Intake;
import id.djpk.portal.helpdesk.Opened;
import id.djpk.portal.helpdesk.Ticket;
import id.djpk.portal.helpdesk.TicketFiles;
import id.djpk.portal.helpdesk.TicketMessage;
import id.djpk.portal.helpdesk.TicketPage;
import id.djpk.portal.helpdesk.TicketQueues;
import id.djpk.portal.helpdesk.TicketStatus;
import id.djpk.portal.mail.MailService;
import id.djpk.portal.mail.MailStatus;
import id.djpk.portal.mail.OutboxMessage;
import id.djpk.portal.system.BusinessException;
import id.djpk.portal.system.OfficeClock;
import jakarta.inject.Inject;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;
import org.junit.jupiter.api.Test;

/**
 * Answers by e-mail (issue #12) against a real database inside Payara Micro, with an SMTP server (GreenMail) in
 * the container: an e-mailed question answered by an agent leaves through the outbox with the conversation's
 * headers and the agent's file; a bounce marks the answer failed on its ticket. Also the staff API's search.
 * On H2 ({@code EmailAnswersIT}) and on PostgreSQL ({@code EmailAnswersPostgresIT}).
 */
public abstract class EmailAnswersContract {

    private static final String MAIL_WEB_INF = "/WEB-INF/classes/META-INF/microprofile-config.properties";
    private static GreenMail smtp;

    @Inject
    HelpdeskService helpdesk;
    @Inject
    AgentDesk desk;
    @Inject
    TicketQueues queues;
    @Inject
    TicketFiles files;
    @Inject
    MailService mail;
    @Inject
    AuditTrail audit;
    @Inject
    OfficeClock clock;
    @Inject
    @ConfigProperty(name = "portal.mail.smtp.port")
    int smtpPort;

    /** The deployment with an SMTP server on a free loopback port, which the tests start inside the container. */
    static WebArchive withSmtp(WebArchive war) {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String config;
        try (InputStream in = war.get(MAIL_WEB_INF).getAsset().openStream()) {
            config = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        war.delete(MAIL_WEB_INF);
        war.addAsResource(new StringAsset(config + "\nportal.mail.smtp.host=127.0.0.1\nportal.mail.smtp.port=" + port
                + "\nportal.mail.from=Dering DJPK <dering@djpk.example>\n"), "META-INF/microprofile-config.properties");
        // GreenMail itself; Jakarta Mail comes with Payara
        return war.addAsLibraries(Maven.resolver().resolve("com.icegreen:greenmail:2.1.3", "org.slf4j:slf4j-api:1.7.36")
                .withoutTransitivity().asFile());
    }

    synchronized GreenMail smtp() {
        if (smtp == null) {
            smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
        }
        return smtp;
    }

    static String unique() {
        return Long.toString(System.nanoTime(), 36) + ThreadLocalRandom.current().nextInt(1000);
    }

    /** An e-mailed question as the mailbox intake hands it in: channel EMAIL, the Message-ID as source reference. */
    Opened emailed(String messageId, String email, String subject, String text) {
        return helpdesk.open(new Intake(Channel.EMAIL, messageId, "Rina Kartika", email, null, null, null, null, Set.of(),
                subject, text, false), AuditTrail.SYSTEM, clock.now());
    }

    private OutboxMessage answerMail(String number) {
        List<OutboxMessage> about = mail.about("TICKET", number);
        return about.stream().filter(m -> m.getSubject().startsWith("Re: ")).reduce((a, b) -> b).orElseThrow();
    }

    private MimeMessage received(String messageId) throws Exception {
        for (MimeMessage m : smtp().getReceivedMessages()) {
            if (messageId.equals(m.getMessageID())) {
                return m;
            }
        }
        throw new AssertionError("GreenMail did not receive " + messageId);
    }

    private static TicketMessage lastAnswer(Ticket t) {
        return t.getMessages().stream().filter(m -> m.getDirection() == TicketMessage.Direction.OUT)
                .reduce((a, b) -> b).orElseThrow();
    }

    @Test
    void anAnswerToAnEmailGoesBackInTheConversationWithItsFile() throws Exception {
        smtp();
        String question = "<q-" + unique() + "@mail.example.go.id>";
        String email = "rina-" + unique() + "@example.go.id";
        Opened opened = emailed(question, email, "Re: Penyaluran DAU tahap II", "Kapan DAU tahap II disalurkan?");
        StoredFile csv = files.storeForAnswer(new ByteArrayInputStream(
                "bulan,jumlah\nApril,1200\nMei,1300\n".getBytes(StandardCharsets.UTF_8)), "rincian-dau.csv");

        desk.reply(opened.number(), "DAU tahap II disalurkan bulan Mei. Rinciannya terlampir.", List.of(csv));

        Ticket t = queues.get(opened.number());
        TicketMessage answer = lastAnswer(t);
        assertEquals(TicketMessage.Delivery.QUEUED, answer.getDeliveryStatus(), "handed to the outbox");
        assertNotNull(answer.getExternalId(), "the answer keeps its own Message-ID");
        assertEquals(List.of("rincian-dau.csv"), answer.getAttachments().stream().map(a -> a.getFileName()).toList());
        OutboxMessage out = answerMail(opened.number());
        assertEquals(answer.getOutboxId(), out.getId());
        assertEquals(answer.getExternalId(), out.getMessageId());
        assertEquals(email, out.getRecipient());
        assertEquals("Re: Penyaluran DAU tahap II [" + opened.number() + "]", out.getSubject(), "one Re:, the number once");
        assertTrue(out.getMessageId().endsWith("@djpk.example>"), "in the sender's domain: " + out.getMessageId());

        assertTrue(mail.deliver(out.getId()), "the SMTP server takes it");
        MimeMessage m = received(out.getMessageId());
        assertEquals(question, m.getHeader("In-Reply-To", null));
        assertEquals(List.of(question), Arrays.asList(m.getHeader("References", " ").trim().split("\\s+")));
        assertEquals("Re: Penyaluran DAU tahap II [" + opened.number() + "]", m.getSubject());
        assertTrue(m.getFrom()[0].toString().contains("dering@djpk.example"), m.getFrom()[0].toString());
        Multipart parts = (Multipart) m.getContent();
        assertTrue(parts.getBodyPart(0).getContent().toString().contains("DAU tahap II disalurkan bulan Mei."));
        assertTrue(parts.getBodyPart(0).getContent().toString().contains(opened.number()));
        Part file = parts.getBodyPart(1);
        assertEquals("rincian-dau.csv", file.getFileName());
        assertEquals("bulan,jumlah\nApril,1200\nMei,1300\n",
                new String(file.getInputStream().readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n"), "the file (text travels with CRLF)");
        assertEquals(TicketMessage.Delivery.SENT, lastAnswer(queues.get(opened.number())).getDeliveryStatus(),
                "the ticket shows it sent");

        // the second answer replies to the same conversation, which now holds the first answer too
        desk.reply(opened.number(), "Tambahan: jadwal lengkap ada di portal.", List.of());
        OutboxMessage second = answerMail(opened.number());
        assertEquals(question, second.getInReplyTo(), "still in reply to the requester's e-mail");
        assertEquals(List.of(question, out.getMessageId()), second.getReferences());
        assertTrue(mail.deliver(second.getId()));
        assertEquals(question + " " + out.getMessageId(), received(second.getMessageId()).getHeader("References", " ")
                .replaceAll("\\s+", " ").trim());
    }

    @Test
    void aBounceMarksTheAnswerFailedOnItsTicket() {
        smtp();
        Opened opened = emailed("<b-" + unique() + "@mail.example.go.id>", "tidak-ada-" + unique() + "@example.go.id",
                "Dana Desa", "Bagaimana cara mengakses data Dana Desa?");
        desk.reply(opened.number(), "Silakan buka menu Data pada portal.", List.of());
        OutboxMessage out = answerMail(opened.number());
        assertTrue(mail.deliver(out.getId()));
        assertEquals(TicketMessage.Delivery.SENT, lastAnswer(queues.get(opened.number())).getDeliveryStatus());

        assertTrue(mail.bounced(out.getMessageId(), "550 5.1.1 <tidak-ada@example.go.id>: Recipient address rejected"));

        TicketMessage answer = lastAnswer(queues.get(opened.number()));
        assertEquals(TicketMessage.Delivery.FAILED, answer.getDeliveryStatus());
        assertTrue(answer.getDeliveryError().contains("550 5.1.1"), answer.getDeliveryError());
        assertEquals(MailStatus.FAILED, mail.find(out.getId()).orElseThrow().getStatus());
        assertTrue(audit.forEntity("OutboxMessage", out.getId()).stream()
                .anyMatch(e -> e.getAction().equals("MAIL_BOUNCED") && e.getActor().equals(AuditTrail.SYSTEM)), "audited");

        assertFalse(mail.bounced("<tidak-pernah-dikirim-" + unique() + "@djpk.example>", "550"), "not one of ours");
        assertFalse(mail.bounced("bukan id", "550"));
        assertFalse(mail.bounced(null, "550"));
    }

    @Test
    void otherTicketsAreStillAnsweredWithTheTicketLink() {
        Opened opened = helpdesk.submit(Intake.webForm("Budi", "budi-" + unique() + "@example.go.id", "SIKD",
                "Lupa kata sandi SIKD.", null, null, null));
        desk.reply(opened.number(), "Silakan atur ulang kata sandi.", List.of());
        List<OutboxMessage> about = mail.about("TICKET", opened.number());
        OutboxMessage answer = about.get(about.size() - 1);
        assertEquals("[" + opened.number() + "] SIKD", answer.getSubject(), "the portal's own answer letter");
        assertEquals(null, answer.getInReplyTo());
        assertEquals(answer.getId(), lastAnswer(queues.get(opened.number())).getOutboxId());
    }

    @Test
    void agentsFilesAreCheckedByContent() {
        BusinessException e = org.junit.jupiter.api.Assertions.assertThrows(BusinessException.class,
                () -> files.storeForAnswer(new ByteArrayInputStream("bukan pdf".getBytes(StandardCharsets.UTF_8)), "surat.pdf"));
        assertEquals("file.contentMismatch", e.getKey());
        assertEquals("file.typeNotAllowed", org.junit.jupiter.api.Assertions.assertThrows(BusinessException.class,
                () -> files.storeForAnswer(new ByteArrayInputStream(new byte[] {1, 2}), "program.exe")).getKey());
    }

    @Test
    void theStaffApiFindsTicketsByTheirTextAndRequester() {
        String word = "kata" + unique();
        String email = "cari-" + unique() + "@example.go.id";
        Opened first = emailed("<s1-" + unique() + "@mail.example.go.id>", email, "Transfer ke daerah",
                "Pertanyaan tentang " + word + " di badan e-mail.");
        Opened second = helpdesk.submit(Intake.webForm("Dewi", email, "Lain", "Pertanyaan lain.", null, null, null));

        TicketPage byText = queues.apiSearch(null, null, word.toUpperCase(), 0, 50);
        assertEquals(1, byText.total());
        assertEquals(first.number(), byText.tickets().get(0).getNumber(), "found by the thread's text");

        TicketPage byRequester = queues.apiSearch(null, null, email, 0, 50);
        assertEquals(List.of(second.number(), first.number()), byRequester.tickets().stream().map(Ticket::getNumber).toList(),
                "newest first");
        assertEquals(1, queues.apiSearch(Channel.EMAIL, null, email, 0, 50).total());
        assertEquals(0, queues.apiSearch(Channel.EMAIL, TicketStatus.CLOSED, email, 0, 50).total());
        TicketPage page = queues.apiSearch(null, TicketStatus.NEW, email, 1, 1);
        assertEquals(2, page.total());
        assertEquals(List.of(first.number()), page.tickets().stream().map(Ticket::getNumber).toList(), "the second page");
    }
}
