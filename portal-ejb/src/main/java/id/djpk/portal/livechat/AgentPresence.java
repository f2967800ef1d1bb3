package id.djpk.portal.livechat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** An agent's availability for the live queue: available and seen within {@link #SILENCE}, else away. */
@Entity
@Table(name = "livechat_presence")
@NamedQuery(name = "AgentPresence.availableSince", query = "SELECT p FROM AgentPresence p "
        + "WHERE p.available = TRUE AND p.seenAt >= :since ORDER BY p.username")
public class AgentPresence {

    /** An agent whose console and calls were silent this long counts as away. */
    public static final Duration SILENCE = Duration.ofMinutes(2);

    @Id
    private String username;
    private boolean available;
    @Column(name = "seen_at")
    private Instant seenAt;

    protected AgentPresence() {
    }

    AgentPresence(String username, boolean available, Instant at) {
        this.username = username;
        this.available = available;
        this.seenAt = at;
    }

    void set(boolean available, Instant at) {
        this.available = available;
        this.seenAt = at;
    }

    void seen(Instant at) {
        this.seenAt = at;
    }

    /** Available now: set available and not silent for {@link #SILENCE}. */
    public boolean availableAt(Instant now) {
        return available && !seenAt.isBefore(now.minus(SILENCE));
    }

    public String getUsername() { return username; }
    public boolean isAvailable() { return available; }
    public Instant getSeenAt() { return seenAt; }
}
