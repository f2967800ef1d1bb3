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
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * A message on its way to the Cloud API: written in the transaction of what caused it, sent after the commit,
 * tried again with growing pauses when Meta answers 429 or 5xx (or cannot be reached), failed with Meta's error
 * text when refused. The status callbacks move it on by its {@code wamid}; a later status never takes back an
 * earlier one, except a failure.
 */
@Entity
@Table(name = "wa_outbox")
@NamedQuery(name = "SentMessage.due", query = "SELECT m.id FROM SentMessage m WHERE m.status = :queued "
        + "AND (m.nextAttemptAt IS NULL OR m.nextAttemptAt <= :now) ORDER BY m.id")
@NamedQuery(name = "SentMessage.dueTo", query = "SELECT m.id FROM SentMessage m WHERE m.status = :queued "
        + "AND m.toWaId = :to AND m.nextAttemptAt IS NULL ORDER BY m.id")
@NamedQuery(name = "SentMessage.byWamid", query = "SELECT m FROM SentMessage m WHERE m.wamid = :wamid")
@NamedQuery(name = "SentMessage.toSince", query = "SELECT m FROM SentMessage m WHERE m.toWaId = :to AND m.createdAt >= :since "
        + "ORDER BY m.createdAt, m.id")
public class SentMessage implements Serializable {

    public enum Status { QUEUED, SENT, DELIVERED, READ, FAILED }

    static final Duration[] RETRY_AFTER = {Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofMinutes(2),
            Duration.ofMinutes(10), Duration.ofMinutes(30), Duration.ofHours(2)};

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    private Long id;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "to_wa_id")
    private String toWaId;
    private String kind;
    private String payload;
    private String transcript;
    @Enumerated(EnumType.STRING)
    private Status status;
    private String wamid;
    private int attempts;
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;
    @Column(name = "last_error")
    private String lastError;
    @Column(name = "ticket_number")
    private String ticketNumber;
    @Column(name = "ticket_message_id")
    private Long ticketMessageId;
    @Column(name = "blast_id")
    private Long blastId;
    @Version
    private int version;

    protected SentMessage() {
    }

    SentMessage(String to, Outgoing message, String payload, String ticketNumber, Long ticketMessageId, Instant now) {
        this.ticketMessageId = ticketMessageId;
        this.createdAt = now;
        this.toWaId = to;
        this.kind = message.getClass().getSimpleName().toUpperCase(java.util.Locale.ROOT);
        this.payload = payload;
        this.transcript = limit(message.transcript(), 20000);
        this.status = Status.QUEUED;
        this.ticketNumber = ticketNumber;
    }

    void accepted(String wamid) {
        this.wamid = wamid;
        this.attempts++;
        this.lastError = null;
        this.nextAttemptAt = null;
        if (status == Status.QUEUED) {
            status = Status.SENT;
        }
    }

    /** Meta could not take it now (429, 5xx, no connection): again later, failed after the last pause. */
    void later(String error, Instant now) {
        attempts++;
        lastError = limit(error, 1000);
        if (attempts > RETRY_AFTER.length) {
            status = Status.FAILED;
            nextAttemptAt = null;
        } else {
            nextAttemptAt = now.plus(RETRY_AFTER[attempts - 1]);
        }
    }

    void refused(String error) {
        attempts++;
        status = Status.FAILED;
        lastError = limit(error, 1000);
        nextAttemptAt = null;
    }

    /** A status callback; returns whether it changed anything. */
    boolean reported(Status reported, String error) {
        if (reported == Status.FAILED) {
            status = Status.FAILED;
            lastError = limit(error == null ? "" : error, 1000);
            return true;
        }
        if (status == Status.FAILED || reported.ordinal() <= status.ordinal()) {
            return false;
        }
        status = reported;
        return true;
    }

    private static String limit(String s, int max) {
        if (s == null) {
            return "";
        }
        return s.length() <= max ? s : s.substring(0, max);
    }

    public Long getId() { return id; }
    public Instant getCreatedAt() { return createdAt; }
    public String getToWaId() { return toWaId; }
    public String getKind() { return kind; }
    public String getPayload() { return payload; }
    public String getTranscript() { return transcript; }
    public Status getStatus() { return status; }
    public String getWamid() { return wamid; }
    public int getAttempts() { return attempts; }
    public String getLastError() { return lastError; }
    public String getTicketNumber() { return ticketNumber; }
    public Long getTicketMessageId() { return ticketMessageId; }
    public Long getBlastId() { return blastId; }

    /** Part of a blast, sent not before {@code at} (the blast's pace). */
    void blast(long id, Instant at) {
        this.blastId = id;
        this.nextAttemptAt = at;
    }
}
