package id.djpk.portal.email;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;

/**
 * One message fetched from a mailbox, kept before anything is done with it (the ledger, {@code email_inbox}):
 * mailbox and Message-ID are unique, the raw .eml is in the document store under {@code rawKey}. Its state says
 * what became of it; only a message whose row is past {@link State#STORED} leaves the server's folder.
 */
@Entity
@Table(name = "email_inbox")
@NamedQuery(name = "InboxEntry.byMessageId", query = "SELECT e FROM InboxEntry e WHERE e.mailbox = :box AND e.messageId = :id")
@NamedQuery(name = "InboxEntry.inState", query = "SELECT e.id FROM InboxEntry e WHERE e.mailbox = :box AND e.state = :state "
        + "ORDER BY e.receivedAt, e.id")
@NamedQuery(name = "InboxEntry.listInState", query = "SELECT e FROM InboxEntry e WHERE e.mailbox = :box AND e.state = :state "
        + "ORDER BY e.receivedAt DESC, e.id DESC")
@NamedQuery(name = "InboxEntry.countInState", query = "SELECT COUNT(e) FROM InboxEntry e WHERE e.mailbox = :box AND e.state = :state")
public class InboxEntry implements Serializable {

    public enum State {
        /** kept, not yet processed (a portal stopped in between processes it on its next fetch) */
        STORED,
        /** became a new ticket */
        TICKET,
        /** joined an existing ticket's thread */
        JOINED,
        /** an automatic answer: no ticket, no answer */
        IGNORED,
        /** a delivery failure report: the outgoing message it names is marked failed */
        BOUNCE,
        /** could not become a ticket (no usable sender address); kept with the reason */
        REFUSED,
        /** PPID mailbox: waiting in the PPID desk's inbox */
        NEW,
        /** PPID mailbox: an officer turned it into an information request */
        CONVERTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    private Long id;
    @Enumerated(EnumType.STRING)
    private Mailbox mailbox;
    @Column(name = "message_id")
    private String messageId;
    @Column(name = "raw_key")
    private String rawKey;
    @Column(name = "size_bytes")
    private long sizeBytes;
    private String sender;
    private String subject;
    @Column(name = "received_at")
    private Instant receivedAt;
    @Column(name = "fetched_at")
    private Instant fetchedAt;
    @Enumerated(EnumType.STRING)
    private State state;
    private String outcome;
    @Column(name = "ticket_number")
    private String ticketNumber;
    @Column(name = "request_number")
    private String requestNumber;
    @Column(name = "processed_at")
    private Instant processedAt;
    @Column(name = "processed_by")
    private String processedBy;
    @Version
    private int version;

    protected InboxEntry() {
    }

    InboxEntry(Mailbox mailbox, String messageId, String rawKey, long sizeBytes, String sender, String subject,
            Instant receivedAt, Instant fetchedAt) {
        this.mailbox = mailbox;
        this.messageId = messageId;
        this.rawKey = rawKey;
        this.sizeBytes = sizeBytes;
        this.sender = limit(sender, 320);
        this.subject = limit(subject, 300);
        this.receivedAt = receivedAt;
        this.fetchedAt = fetchedAt;
        this.state = mailbox == Mailbox.PPID ? State.NEW : State.STORED;
    }

    /** What became of a contact-center message. */
    void processed(State result, String ticket, String outcome, Instant at) {
        this.state = result;
        this.ticketNumber = ticket;
        this.outcome = limit(outcome, 1000);
        this.processedAt = at;
        this.processedBy = "system";
    }

    /** A PPID officer turned the message into the information request {@code number}. */
    void converted(String number, String by, Instant at) {
        this.state = State.CONVERTED;
        this.requestNumber = number;
        this.processedBy = by;
        this.processedAt = at;
    }

    /** Whether the message may leave the server's folder: its result is committed. */
    public boolean isDone() {
        return state != State.STORED;
    }

    private static String limit(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    public Long getId() { return id; }
    public Mailbox getMailbox() { return mailbox; }
    public String getMessageId() { return messageId; }
    public String getRawKey() { return rawKey; }
    public long getSizeBytes() { return sizeBytes; }
    public String getSender() { return sender; }
    public String getSubject() { return subject; }
    public Instant getReceivedAt() { return receivedAt; }
    public Instant getFetchedAt() { return fetchedAt; }
    public State getState() { return state; }
    public String getOutcome() { return outcome; }
    public String getTicketNumber() { return ticketNumber; }
    public String getRequestNumber() { return requestNumber; }
    public Instant getProcessedAt() { return processedAt; }
    public String getProcessedBy() { return processedBy; }
}
