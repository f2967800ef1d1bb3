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
        /** PPID mailbox: waiting in the PPID desk's inbox; lapor mailbox: waiting "to classify" */
        NEW,
        /** PPID mailbox: an officer turned it into an information request; lapor mailbox: into a submission */
        CONVERTED,
        /** lapor mailbox: an agent or the PIC dismissed it with a reason (it could not or should not be a report) */
        DISMISSED
    }

    /** A file of a lapor message as read when it was kept: its name and size. */
    public record FileNote(String name, long size) implements Serializable {
    }

    /** How much of the file list the row keeps (the .eml keeps everything). */
    static final int ATTACHMENTS_MAX = 4000;

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
    /** lapor mailbox: the message's files, "name TAB bytes" a line; null for the other mailboxes */
    private String attachments;
    @Column(name = "lapor_receipt")
    private String laporReceipt;
    @Column(name = "dismiss_reason")
    private String dismissReason;
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
        this.state = mailbox == Mailbox.HELPDESK ? State.STORED : State.NEW;
    }

    /** The lapor message's files, noted when it is kept (names without tabs or line breaks). */
    void noteFiles(java.util.List<FileNote> files) {
        StringBuilder b = new StringBuilder();
        for (FileNote f : files) {
            String line = f.name().replaceAll("[\\t\\r\\n]", " ") + "\t" + f.size() + "\n";
            if (b.length() + line.length() > ATTACHMENTS_MAX) {
                break;
            }
            b.append(line);
        }
        this.attachments = b.toString();
    }

    /** An agent or the PIC turned the lapor message into the submission {@code receipt}. */
    void submitted(String receipt, String by, Instant at) {
        this.state = State.CONVERTED;
        this.laporReceipt = receipt;
        this.processedBy = by;
        this.processedAt = at;
    }

    /** An agent or the PIC dismissed the lapor message with a reason. */
    void dismissed(String reason, String by, Instant at) {
        this.state = State.DISMISSED;
        this.dismissReason = limit(reason, 1000);
        this.processedBy = by;
        this.processedAt = at;
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
    public String getLaporReceipt() { return laporReceipt; }
    public String getDismissReason() { return dismissReason; }

    /** The files noted when a lapor message was kept (empty: none, or another mailbox's message). */
    public java.util.List<FileNote> getFiles() {
        if (attachments == null || attachments.isEmpty()) {
            return java.util.List.of();
        }
        java.util.List<FileNote> out = new java.util.ArrayList<>();
        for (String line : attachments.split("\n")) {
            int tab = line.lastIndexOf('\t');
            if (tab > 0) {
                out.add(new FileNote(line.substring(0, tab), Long.parseLong(line.substring(tab + 1))));
            }
        }
        return out;
    }

    /** A lapor message with no file cannot become a submission; it can only be dismissed. */
    public boolean isWithoutFiles() {
        return getFiles().isEmpty();
    }
}
