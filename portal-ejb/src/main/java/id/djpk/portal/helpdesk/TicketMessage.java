package id.djpk.portal.helpdesk;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import id.djpk.portal.document.StoredFile;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One entry of a ticket's thread. Its text never changes; a merge moves entries to the surviving ticket.
 * A message that travelled through a channel keeps the channel's own id of it ({@code externalId}: an
 * e-mail's Message-ID, a WhatsApp {@code wamid}), its raw form where the channel has one (the .eml), its files,
 * and for an answer the delivery status the channel reports.
 */
@Entity
@Table(name = "helpdesk_message")
@NamedQuery(name = "TicketMessage.byExternalId", query = "SELECT m FROM TicketMessage m WHERE m.externalId = :id")
@NamedQuery(name = "TicketMessage.byOutbox", query = "SELECT m FROM TicketMessage m WHERE m.outboxId = :outbox")
public class TicketMessage implements Serializable {

    /** Which way a message went: the API's {@code direction}. */
    public enum Direction { IN, OUT }

    /**
     * Where an answer is on its way to the requester, as its channel reports it (the API's {@code status} of an
     * outgoing message). E-mail knows QUEUED, SENT and FAILED (refused or bounced); WhatsApp also DELIVERED and READ.
     */
    public enum Delivery { QUEUED, SENT, DELIVERED, READ, FAILED }

    public enum Kind {
        /** what the requester wrote (or said, logged by an agent) */
        REQUEST,
        /** the answer sent to the requester */
        REPLY,
        /** for staff only */
        NOTE,
        /** Layer 2's draft answer (konsep jawaban), for staff until an agent sends it */
        L2_DRAFT,
        /** a change of state worth showing in the thread (escalated, closed, merged) */
        EVENT;

        /** Whether the requester sees it on the ticket page. */
        public boolean isPublic() {
            return this == REQUEST || this == REPLY;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "ticket_id")
    private Ticket ticket;
    private Instant at;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    private String author;
    private String body;
    @Column(name = "external_id")
    private String externalId;
    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_status")
    private Delivery deliveryStatus;
    @Column(name = "delivery_error")
    private String deliveryError;
    @Column(name = "outbox_id")
    private Long outboxId;
    @Column(name = "raw_key")
    private String rawKey;
    @OneToMany(mappedBy = "message", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<TicketAttachment> attachments = new ArrayList<>();

    protected TicketMessage() {
    }

    TicketMessage(Ticket ticket, Instant at, Kind kind, Channel channel, String author, String body) {
        this.ticket = ticket;
        this.at = at;
        this.kind = kind;
        this.channel = channel;
        this.author = author;
        this.body = body;
    }

    void moveTo(Ticket target) {
        this.ticket = target;
    }

    /** The channel's own id of this message (an e-mail's Message-ID, a {@code wamid}) and its raw form, if kept. */
    public void travelled(String externalId, String rawKey) {
        this.externalId = externalId == null ? null : limit(externalId.strip(), 500);
        this.rawKey = rawKey;
    }

    /** A file that came or went with this message, already checked and stored. */
    public TicketAttachment attach(StoredFile file) {
        TicketAttachment a = new TicketAttachment(this, file);
        attachments.add(a);
        return a;
    }

    /** An answer handed to its channel; for e-mail, the outbox message that carries it. */
    public void queued(Long outboxId) {
        this.outboxId = outboxId;
        this.deliveryStatus = Delivery.QUEUED;
        this.deliveryError = null;
    }

    /**
     * What the channel reports about an answer. A later report never takes back an earlier one (a late
     * "delivered" after "read" changes nothing), except that a failure is always recorded.
     */
    public void delivery(Delivery status, String error) {
        if (status == Delivery.FAILED || deliveryStatus == null || deliveryStatus == Delivery.FAILED
                || status.ordinal() > deliveryStatus.ordinal()) {
            this.deliveryStatus = status;
            this.deliveryError = status == Delivery.FAILED ? limit(error == null ? "" : error, 1000) : null;
        }
    }

    /** IN for what the requester wrote, OUT for answers; null for staff-only entries (notes, drafts, events). */
    public Direction getDirection() {
        return kind == Kind.REQUEST ? Direction.IN : kind == Kind.REPLY ? Direction.OUT : null;
    }

    private static String limit(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    public Long getId() { return id; }
    public Ticket getTicket() { return ticket; }
    public Instant getAt() { return at; }
    public Kind getKind() { return kind; }
    public Channel getChannel() { return channel; }
    public String getAuthor() { return author; }
    public String getBody() { return body; }
    public String getExternalId() { return externalId; }
    public Delivery getDeliveryStatus() { return deliveryStatus; }
    public String getDeliveryError() { return deliveryError; }
    public Long getOutboxId() { return outboxId; }
    public String getRawKey() { return rawKey; }
    public List<TicketAttachment> getAttachments() { return List.copyOf(attachments); }
}
