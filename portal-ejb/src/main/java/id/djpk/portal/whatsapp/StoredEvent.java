package id.djpk.portal.whatsapp;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A message or status from a webhook delivery, kept before anything else happens with it. */
@Entity
@Table(name = "wa_event")
@NamedQuery(name = "StoredEvent.keys", query = "SELECT e.key FROM StoredEvent e WHERE e.key IN :keys")
@NamedQuery(name = "StoredEvent.pendingOf", query = "SELECT e FROM StoredEvent e WHERE e.state = :stored AND e.waId = :waId "
        + "ORDER BY e.occurredAt, e.id")
@NamedQuery(name = "StoredEvent.pendingSenders", query = "SELECT DISTINCT e.waId FROM StoredEvent e "
        + "WHERE e.state = :stored AND e.storedAt < :before")
@NamedQuery(name = "StoredEvent.messagesSince", query = "SELECT e FROM StoredEvent e WHERE e.waId = :waId "
        + "AND e.kind = :message AND e.occurredAt >= :since ORDER BY e.occurredAt, e.id")
public class StoredEvent implements Serializable {

    public enum State { STORED, DONE, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    private Long id;
    @Column(name = "event_key")
    private String key;
    @Enumerated(EnumType.STRING)
    private WebhookEvent.Kind kind;
    @Column(name = "wa_id")
    private String waId;
    @Column(name = "occurred_at")
    private Instant occurredAt;
    private String payload;
    @Enumerated(EnumType.STRING)
    private State state;
    @Column(name = "stored_at")
    private Instant storedAt;
    @Column(name = "processed_at")
    private Instant processedAt;
    private String error;

    protected StoredEvent() {
    }

    StoredEvent(WebhookEvent e, Instant now) {
        this.key = e.key();
        this.kind = e.kind();
        this.waId = e.waId();
        this.occurredAt = e.at() == null ? now : e.at();
        this.payload = e.json();
        this.state = State.STORED;
        this.storedAt = now;
    }

    void done(Instant at) {
        state = State.DONE;
        processedAt = at;
    }

    void failed(String why, Instant at) {
        state = State.FAILED;
        processedAt = at;
        error = why == null ? "" : why.length() <= 1000 ? why : why.substring(0, 1000);
    }

    public Long getId() { return id; }
    public String getKey() { return key; }
    public WebhookEvent.Kind getKind() { return kind; }
    public String getWaId() { return waId; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getPayload() { return payload; }
    public State getState() { return state; }
    public String getError() { return error; }
}
