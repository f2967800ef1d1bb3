package id.djpk.portal.email;

import id.djpk.portal.audit.AuditTrail;
import id.djpk.portal.document.DocumentStore;
import id.djpk.portal.system.OfficeClock;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import java.util.Properties;

/**
 * The ledger of fetched messages ({@link InboxEntry}): a message is kept here, raw .eml first, before anything is
 * done with it, each in its own transaction, so a message is either kept or will be fetched again.
 */
@Stateless
public class EmailLedger {

    private static final Session SESSION = Session.getInstance(new Properties());

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private DocumentStore documents;

    @Inject
    private OfficeClock clock;

    @Inject
    private AuditTrail audit;

    /** What {@link #store} found or made: the row's id and whether its message may leave the server's folder. */
    public record Kept(long id, boolean done, boolean isNew) {
    }

    /**
     * Keeps one fetched message (its raw bytes, then its row) unless the mailbox already has its Message-ID; a
     * message without one is named by the digest of its bytes. Audited as EMAIL_STORED.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Kept store(Mailbox box, byte[] raw, Instant receivedAt) {
        String messageId = null;
        String sender = null;
        String subject = null;
        try {
            MimeMessage m = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
            List<String> ids = Threading.ids(m.getHeader("Message-ID", null));
            messageId = ids.isEmpty() ? null : ids.get(0);
            try {
                var from = m.getFrom();
                sender = from != null && from.length > 0 && from[0] instanceof InternetAddress a ? a.getAddress() : m.getHeader("From", ",");
            } catch (MessagingException e) {
                sender = m.getHeader("From", ",");
            }
            try {
                subject = m.getSubject();
            } catch (MessagingException e) {
                subject = m.getHeader("Subject", null);
            }
        } catch (MessagingException e) {
            // unreadable headers: kept all the same under the digest, processing will say what it is
        }
        if (messageId == null) {
            messageId = InboundEmail.digestId(raw);
        }
        InboxEntry known = find(box, messageId);
        if (known != null) {
            return new Kept(known.getId(), known.isDone(), false);
        }
        String key = documents.keepRaw(raw);
        Instant now = clock.now();
        InboxEntry e = new InboxEntry(box, messageId, key, raw.length, sender, subject, receivedAt == null ? now : receivedAt, now);
        if (box == Mailbox.LAPOR) {
            e.noteFiles(files(raw));
        }
        em.persist(e);
        em.flush();
        audit.recordAs(AuditTrail.SYSTEM, "EMAIL_STORED", "InboxEntry", e.getId(), box + " " + messageId);
        return new Kept(e.getId(), e.isDone(), true);
    }

    /** The files of a message (names and sizes, not their bytes); none when it cannot be read. */
    static List<InboxEntry.FileNote> files(byte[] raw) {
        try {
            return InboundEmail.parse(raw, 0).attachments().stream()
                    .map(a -> new InboxEntry.FileNote(a.fileName(), a.size())).toList();
        } catch (RuntimeException unreadable) {
            // kept all the same: the person classifying it sees a message without files and the .eml
            return List.of();
        }
    }

    /** A message that cannot be taken in (no usable sender, unreadable): kept with the reason, and it may leave the folder. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void refuse(long id, String reason) {
        InboxEntry e = em.find(InboxEntry.class, id);
        if (e != null && !e.isDone()) {
            e.processed(InboxEntry.State.REFUSED, null, reason, clock.now());
            audit.recordAs(AuditTrail.SYSTEM, "EMAIL_REFUSED", "InboxEntry", id, reason);
        }
    }

    /** The mailbox's rows kept but not yet processed, oldest first (what a stopped portal left). */
    public List<Long> unprocessed(Mailbox box, int max) {
        return em.createNamedQuery("InboxEntry.inState", Long.class).setParameter("box", box)
                .setParameter("state", InboxEntry.State.STORED).setMaxResults(max).getResultList();
    }

    public InboxEntry find(Mailbox box, String messageId) {
        return em.createNamedQuery("InboxEntry.byMessageId", InboxEntry.class).setParameter("box", box)
                .setParameter("id", messageId).getResultStream().findFirst().orElse(null);
    }

    public InboxEntry get(long id) {
        return em.find(InboxEntry.class, id);
    }

    /** The mailbox's messages in the state, newest first (at most {@code max}, up to 500): a desk's waiting list. */
    public List<InboxEntry> list(Mailbox box, InboxEntry.State state, int max) {
        return em.createNamedQuery("InboxEntry.listInState", InboxEntry.class).setParameter("box", box)
                .setParameter("state", state).setMaxResults(Math.max(1, Math.min(max, 500))).getResultList();
    }

    /** How many messages of the mailbox are in the state (for {@code /health}, the figures and the desks' counters). */
    public long count(Mailbox box, InboxEntry.State state) {
        return em.createNamedQuery("InboxEntry.countInState", Long.class).setParameter("box", box)
                .setParameter("state", state).getSingleResult();
    }
}
