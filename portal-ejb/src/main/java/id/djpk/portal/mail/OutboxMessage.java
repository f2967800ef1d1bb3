package id.djpk.portal.mail;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import id.djpk.portal.system.AccessCode;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A message written by the portal: queued, sent, held in the outbox, or failed. */
@Entity
@Table(name = "mail_message")
@NamedQuery(name = "OutboxMessage.recent", query = "SELECT m FROM OutboxMessage m ORDER BY m.createdAt DESC, m.id DESC")
@NamedQuery(name = "OutboxMessage.count", query = "SELECT COUNT(m) FROM OutboxMessage m")
@NamedQuery(name = "OutboxMessage.about", query = "SELECT m FROM OutboxMessage m "
        + "WHERE m.aboutKind = :kind AND m.aboutRef = :ref ORDER BY m.createdAt, m.id")
@NamedQuery(name = "OutboxMessage.queued", query = "SELECT m.id FROM OutboxMessage m "
        + "WHERE m.status = id.djpk.portal.mail.MailStatus.QUEUED "
        + "AND (m.nextAttemptAt IS NULL OR m.nextAttemptAt <= :now) ORDER BY m.createdAt, m.id")
public class OutboxMessage implements Serializable {

    /** Pauses after the 1st, 2nd, … refusal: an SMTP outage of some hours loses nothing. */
    static final java.time.Duration[] RETRY_AFTER = {java.time.Duration.ofMinutes(1), java.time.Duration.ofMinutes(5),
            java.time.Duration.ofMinutes(15), java.time.Duration.ofHours(1), java.time.Duration.ofHours(4)};
    static final int MAX_ATTEMPTS = RETRY_AFTER.length + 1;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    private Long id;
    @Column(name = "created_at")
    private Instant createdAt;
    private String recipient;
    private String subject;
    private String body;
    @Column(name = "about_kind")
    private String aboutKind;
    @Column(name = "about_ref")
    private String aboutRef;
    /** The access code in the body until the message is sent; then masked there and forgotten. */
    private String secret;
    @Enumerated(EnumType.STRING)
    private MailStatus status;
    private int attempts;
    @Column(name = "last_error")
    private String lastError;
    @Column(name = "sent_at")
    private Instant sentAt;
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;
    @OneToMany(mappedBy = "message", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @OrderBy("id")
    private List<OutboxAttachment> attachments = new ArrayList<>();
    @Version
    private int version;

    protected OutboxMessage() {
    }

    OutboxMessage(Mail mail, MailStatus status, Instant now) {
        this.createdAt = now;
        this.recipient = mail.recipient();
        this.subject = limit(mail.subject(), 300);
        this.body = limit(mail.text(), 20000);
        this.aboutKind = mail.aboutKind();
        this.aboutRef = mail.aboutRef();
        this.secret = mail.secret() == null || mail.secret().isBlank() ? null : mail.secret().strip();
        this.status = status;
    }

    void attach(OutboxAttachment attachment) {
        attachments.add(attachment);
    }

    void sent(Instant at) {
        status = MailStatus.SENT;
        sentAt = at;
        // the recipient has it now; the copy staff and backups keep must not open the request
        if (secret != null) {
            body = body.replace(secret, AccessCode.mask(secret));
            secret = null;
        }
        attempts++;
        lastError = null;
    }

    void failedAttempt(String error, Instant now) {
        attempts++;
        lastError = limit(error, 1000);
        if (attempts >= MAX_ATTEMPTS) {
            status = MailStatus.FAILED;
            nextAttemptAt = null;
        } else {
            nextAttemptAt = now.plus(RETRY_AFTER[attempts - 1]);
        }
    }

    /** The recipient's server sent the message back (a bounce): it failed for good, whatever was reported before. */
    void bounced(String reason) {
        status = MailStatus.FAILED;
        lastError = limit(reason, 1000);
        nextAttemptAt = null;
    }

    /** Staff send a held or failed message again, once a server is configured. */
    void requeue() {
        status = MailStatus.QUEUED;
        attempts = 0;
        nextAttemptAt = null;
    }

    private static String limit(String s, int max) {
        if (s == null) {
            return "";
        }
        return s.length() <= max ? s : s.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getAboutKind() {
        return aboutKind;
    }

    public String getAboutRef() {
        return aboutRef;
    }

    public MailStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public List<OutboxAttachment> getAttachments() {
        return attachments;
    }
}
