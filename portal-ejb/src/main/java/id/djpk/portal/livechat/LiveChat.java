package id.djpk.portal.livechat;

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
import java.time.Instant;

/** The socket side of a live-chat ticket: its resume token's digest, open or closed, the visitor's last message. */
@Entity
@Table(name = "livechat_chat")
@NamedQuery(name = "LiveChat.byToken", query = "SELECT c FROM LiveChat c WHERE c.tokenHash = :hash")
@NamedQuery(name = "LiveChat.byTicket", query = "SELECT c FROM LiveChat c WHERE c.ticketNumber = :number ORDER BY c.id DESC")
@NamedQuery(name = "LiveChat.open", query = "SELECT c FROM LiveChat c WHERE c.state = id.djpk.portal.livechat.LiveChat.State.OPEN ORDER BY c.startedAt")
@NamedQuery(name = "LiveChat.idle", query = "SELECT c FROM LiveChat c WHERE c.state = id.djpk.portal.livechat.LiveChat.State.OPEN "
        + "AND c.lastVisitorAt < :before")
@NamedQuery(name = "LiveChat.consoleState", query = "SELECT c.ticketNumber, t.agent, t.status, COUNT(m) FROM LiveChat c, "
        + "Ticket t LEFT JOIN t.messages m WHERE t.number = c.ticketNumber AND c.state = id.djpk.portal.livechat.LiveChat.State.OPEN "
        + "GROUP BY c.ticketNumber, t.agent, t.status ORDER BY c.ticketNumber")
@NamedQuery(name = "LiveChat.ofTickets", query = "SELECT c, t.status FROM LiveChat c, Ticket t "
        + "WHERE t.number = c.ticketNumber AND c.ticketNumber IN :numbers")
@NamedQuery(name = "LiveChat.messagesSince", query = "SELECT m.id, t.number, m.kind, m.body, m.at FROM TicketMessage m "
        + "JOIN m.ticket t WHERE t.number IN :numbers AND m.kind IN :kinds AND m.at >= :since ORDER BY m.at, m.id")
public class LiveChat {

    public enum State { OPEN, CLOSED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    private Long id;
    @Column(name = "ticket_number")
    private String ticketNumber;
    @Column(name = "token_hash")
    private String tokenHash;
    @Enumerated(EnumType.STRING)
    private State state;
    @Column(name = "started_at")
    private Instant startedAt;
    @Column(name = "last_visitor_at")
    private Instant lastVisitorAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "closed_by")
    private String closedBy;
    @Version
    private int version;

    protected LiveChat() {
    }

    LiveChat(String ticketNumber, String tokenHash, Instant at) {
        this.ticketNumber = ticketNumber;
        this.tokenHash = tokenHash;
        this.state = State.OPEN;
        this.startedAt = at;
        this.lastVisitorAt = at;
    }

    void visitorWrote(Instant at) {
        lastVisitorAt = at;
    }

    /** Closing twice changes nothing: the first close (agent, visitor or idle) is the one kept. */
    boolean close(String by, Instant at) {
        if (state == State.CLOSED) {
            return false;
        }
        state = State.CLOSED;
        closedAt = at;
        closedBy = by;
        return true;
    }

    public boolean isOpen() {
        return state == State.OPEN;
    }

    public Long getId() { return id; }
    public String getTicketNumber() { return ticketNumber; }
    public State getState() { return state; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getLastVisitorAt() { return lastVisitorAt; }
    public Instant getClosedAt() { return closedAt; }
    public String getClosedBy() { return closedBy; }
}
