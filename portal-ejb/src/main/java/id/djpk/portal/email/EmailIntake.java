package id.djpk.portal.email;

import id.djpk.portal.audit.AuditTrail;
import id.djpk.portal.document.DocumentStore;
import id.djpk.portal.document.FileKind;
import id.djpk.portal.document.StoredFile;
import id.djpk.portal.helpdesk.Channel;
import id.djpk.portal.helpdesk.HelpdeskService;
import id.djpk.portal.helpdesk.Intake;
import id.djpk.portal.helpdesk.Received;
import id.djpk.portal.helpdesk.Ticket;
import id.djpk.portal.helpdesk.TicketAttachment;
import id.djpk.portal.helpdesk.TicketMessage;
import id.djpk.portal.helpdesk.TicketQueues;
import id.djpk.portal.mail.Mail;
import id.djpk.portal.mail.MailService;
import id.djpk.portal.system.BusinessException;
import id.djpk.portal.system.Messages;
import id.djpk.portal.system.OfficeClock;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Turns one kept contact-center message into what it is, in its own transaction: a new EMAIL ticket (requester
 * by address, text, checked files, the raw .eml and Message-ID on the thread entry, received time from the
 * server), a new message of the ticket it answers, a Spam ticket, a bounce marking the outgoing message failed,
 * or an ignored automatic answer. The ledger row records the result in the same transaction.
 */
@Stateless
public class EmailIntake {

    /** The topic of tickets the mail server flagged as spam: kept out of the agents' queues. */
    public static final String SPAM_TOPIC = id.djpk.portal.helpdesk.TicketQuery.SPAM_TOPIC;
    /** What an e-mail may bring: every kind the portal accepts. */
    static final Set<FileKind> FILES = EnumSet.allOf(FileKind.class);
    private static final Locale ID = Locale.forLanguageTag("id");

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private DocumentStore documents;

    @Inject
    private HelpdeskService helpdesk;

    @Inject
    private TicketQueues queues;

    @Inject
    private MailService mail;

    @Inject
    private AuditTrail audit;

    @Inject
    private OfficeClock clock;

    /** Processes the row unless it already was; returns its state afterwards. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public InboxEntry.State process(long entryId) {
        InboxEntry e = em.find(InboxEntry.class, entryId, LockModeType.PESSIMISTIC_WRITE);
        if (e == null || e.isDone() || e.getMailbox() != Mailbox.HELPDESK) {
            return e == null ? null : e.getState();
        }
        InboundEmail m = InboundEmail.parse(documents.read(e.getRawKey()), TicketAttachment.MAX_BYTES);
        switch (m.kind()) {
            case BOUNCE -> bounce(e, m);
            case AUTO_REPLY -> {
                e.processed(InboxEntry.State.IGNORED, null, "automatic answer from " + m.fromAddress(), clock.now());
                audit.recordAs(AuditTrail.SYSTEM, "EMAIL_IGNORED", "InboxEntry", e.getId(), m.messageId());
            }
            case PERSONAL, SPAM -> ticket(e, m);
        }
        return e.getState();
    }

    private void bounce(InboxEntry e, InboundEmail m) {
        List<String> found = new ArrayList<>();
        for (String id : m.bouncedIds()) {
            if (mail.bounced(id, m.bounceReason())) {
                found.add(id);
            }
        }
        e.processed(InboxEntry.State.BOUNCE, null,
                (found.isEmpty() ? "no outgoing message known of " + m.bouncedIds() : "failed: " + found) + "; " + m.bounceReason(),
                clock.now());
        audit.recordAs(AuditTrail.SYSTEM, "EMAIL_BOUNCE", "InboxEntry", e.getId(), found.isEmpty() ? "unknown" : String.join(" ", found));
    }

    private void ticket(InboxEntry e, InboundEmail m) {
        if (m.fromAddress() == null || !Mail.plausibleAddress(m.fromAddress())) {
            e.processed(InboxEntry.State.REFUSED, null, "no usable sender address: " + m.fromAddress(), clock.now());
            audit.recordAs(AuditTrail.SYSTEM, "EMAIL_REFUSED", "InboxEntry", e.getId(), "sender");
            return;
        }
        boolean spam = m.kind() == EmailKind.SPAM;
        String name = m.fromName() == null || m.fromName().isBlank() ? m.fromAddress() : m.fromName().strip();
        String text = m.text();
        if (text.length() > 20_000) {
            text = text.substring(0, 19_900) + "\n\n[…] (teks lengkap pada surel asli / full text in the original e-mail)";
        }
        Intake in = new Intake(Channel.EMAIL, m.messageId(), limit(name, 200), m.fromAddress(), null, null, null, null,
                spam ? Set.of(SPAM_TOPIC) : Set.of(), limit(m.subject(), 300), text, false);
        Ticket earlier = spam ? null : earlier(m).orElse(null);
        Received r = helpdesk.receive(in, earlier, AuditTrail.SYSTEM, e.getReceivedAt(), !spam);
        TicketMessage message = r.message();
        message.travelled(m.messageId(), e.getRawKey());
        List<String> refused = new ArrayList<>();
        for (InboundEmail.Attachment a : m.attachments()) {
            String fileName = fileName(a);
            if (a.content() == null) {
                refused.add(Messages.text(ID, "file.tooLarge", fileName, TicketAttachment.MAX_BYTES / (1024 * 1024)));
                continue;
            }
            try {
                StoredFile f = documents.storePersonal(new ByteArrayInputStream(a.content()), fileName, FILES, TicketAttachment.MAX_BYTES);
                message.attach(f);
            } catch (BusinessException refusedFile) {
                refused.add(Messages.text(ID, refusedFile));
            }
        }
        if (!refused.isEmpty()) {
            helpdesk.systemNote(r.ticket(), Messages.text(ID, "email.attachmentsRefused", String.join("\n", refused)),
                    e.getReceivedAt());
        }
        e.processed(r.joined() ? InboxEntry.State.JOINED : InboxEntry.State.TICKET, r.ticket().getNumber(),
                (spam ? "spam; " : "") + m.attachments().size() + " file(s), " + refused.size() + " refused", clock.now());
        audit.recordAs(AuditTrail.SYSTEM, r.joined() ? "EMAIL_JOINED" : "EMAIL_TICKET", "InboxEntry", e.getId(),
                r.ticket().getNumber());
    }

    /**
     * The ticket a message continues: the one holding a message it names in In-Reply-To/References, else the one
     * whose number its subject carries, when the sender is that ticket's requester (anyone can type a number).
     */
    Optional<Ticket> earlier(InboundEmail m) {
        for (String id : m.threadIds()) {
            Optional<Ticket> t = em.createNamedQuery("TicketMessage.byExternalId", TicketMessage.class).setParameter("id", id)
                    .setMaxResults(1).getResultStream().findFirst().map(TicketMessage::getTicket);
            if (t.isPresent()) {
                return t;
            }
        }
        return Threading.ticketNumber(m.subject()).flatMap(queues::find)
                .filter(t -> t.getRequesterEmail() != null && t.getRequesterEmail().equalsIgnoreCase(m.fromAddress().strip()));
    }

    /** A file's name as stored: an unnamed inline image or PDF gets a name its content can be checked against. */
    static String fileName(InboundEmail.Attachment a) {
        String name = a.fileName();
        if (name != null && name.contains(".")) {
            return name;
        }
        String ext = switch (a.mediaType() == null ? "" : a.mediaType()) {
            case "image/png" -> ".png";
            case "image/jpeg", "image/jpg" -> ".jpg";
            case "application/pdf" -> ".pdf";
            default -> "";
        };
        return (name == null || name.isBlank() ? "lampiran" : name) + ext;
    }

    private static String limit(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
