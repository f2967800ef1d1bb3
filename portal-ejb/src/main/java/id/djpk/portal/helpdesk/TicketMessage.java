package id.djpk.portal.helpdesk;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** One entry of a ticket's thread. Never changed; a merge moves entries to the surviving ticket. */
@Entity
@Table(name = "helpdesk_message")
public class TicketMessage implements Serializable {

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

    public Long getId() { return id; }
    public Ticket getTicket() { return ticket; }
    public Instant getAt() { return at; }
    public Kind getKind() { return kind; }
    public Channel getChannel() { return channel; }
    public String getAuthor() { return author; }
    public String getBody() { return body; }
}
