package id.djpk.portal.mail;

import id.djpk.portal.audit.AuditTrail;
import id.djpk.portal.system.BusinessException;
import id.djpk.portal.system.OfficeClock;
import id.djpk.portal.system.PortalConfig;
import jakarta.activation.DataHandler;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Writes messages into the outbox and hands queued ones to the SMTP server. */
@Stateless
public class MailService {

    private static final Logger LOG = Logger.getLogger(MailService.class.getName());

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private MailSettings settings;

    @Inject
    private PortalConfig config;

    @Inject
    private AuditTrail audit;

    @Inject
    private OfficeClock clock;

    @Inject
    private Event<MailStatusChanged> changes;

    /**
     * Queues the message in the caller's transaction: it exists exactly when the change it reports was
     * committed. Held in the outbox when no SMTP server is configured.
     */
    public OutboxMessage send(Mail mail) {
        if (!Mail.plausibleAddress(mail.recipient())) {
            throw new BusinessException("mail.invalidAddress", String.valueOf(mail.recipient()));
        }
        OutboxMessage message = new OutboxMessage(mail,
                settings.configured() ? MailStatus.QUEUED : MailStatus.HELD, clock.now());
        for (Mail.Attachment a : mail.attachments()) {
            message.attach(new OutboxAttachment(message, a.fileName(), a.mediaType(), a.content().length, write(a.content())));
        }
        em.persist(message);
        return message;
    }

    public List<OutboxMessage> recent(int first, int max) {
        return em.createNamedQuery("OutboxMessage.recent", OutboxMessage.class)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count() {
        return em.createNamedQuery("OutboxMessage.count", Long.class).getSingleResult();
    }

    /** Messages the SMTP server has refused so far and that wait for their next attempt (the dashboard's warning). */
    public long failing() {
        return em.createQuery("SELECT COUNT(m) FROM OutboxMessage m WHERE m.status = :queued AND m.lastError IS NOT NULL",
                Long.class).setParameter("queued", MailStatus.QUEUED).getSingleResult();
    }

    /** Messages held in the outbox because no SMTP server is configured. */
    public long held() {
        return em.createQuery("SELECT COUNT(m) FROM OutboxMessage m WHERE m.status = :held", Long.class)
                .setParameter("held", MailStatus.HELD).getSingleResult();
    }

    /** The messages written about one record (a PPID request, a booking, a ticket), oldest first. */
    public List<OutboxMessage> about(String kind, String reference) {
        return em.createNamedQuery("OutboxMessage.about", OutboxMessage.class)
                .setParameter("kind", kind).setParameter("ref", reference).getResultList();
    }

    public Optional<OutboxMessage> find(long id) {
        return Optional.ofNullable(em.find(OutboxMessage.class, id));
    }

    public byte[] attachmentContent(OutboxAttachment attachment) {
        try {
            return Files.readAllBytes(dir().resolve(attachment.getStorageKey()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean smtpConfigured() {
        return settings.configured();
    }

    /** Staff send a held or failed message again (after an SMTP server was configured). */
    public void requeue(long id) {
        OutboxMessage m = find(id).orElseThrow(() -> new BusinessException("mail.notFound"));
        if (!settings.configured()) {
            throw new BusinessException("mail.noServer");
        }
        m.requeue();
        audit.record("MAIL_REQUEUED", "OutboxMessage", id, m.getRecipient());
    }

    /** Ids of the messages waiting for the dispatcher. */
    public List<Long> queued(int max) {
        return em.createNamedQuery("OutboxMessage.queued", Long.class).setParameter("now", clock.now())
                .setMaxResults(max).getResultList();
    }

    /**
     * Hands one message to the SMTP server in its own transaction, so one bad address does not hold back
     * the others. Returns whether it was accepted.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean deliver(long id) {
        OutboxMessage m = em.find(OutboxMessage.class, id);
        if (m == null || m.getStatus() != MailStatus.QUEUED || !settings.configured()) {
            return false;
        }
        try {
            Transport.send(mime(m));
            m.sent(clock.now());
            changed(m);
            return true;
        } catch (MessagingException | IOException e) {
            LOG.log(Level.WARNING, "Mail {0} to {1} not delivered: {2}", new Object[] {id, m.getRecipient(), e.toString()});
            m.failedAttempt(e.getMessage() == null ? e.toString() : e.getMessage(), clock.now());
            if (m.getStatus() == MailStatus.FAILED) {
                changed(m);
            }
            return false;
        }
    }

    /**
     * A bounce came back for the outgoing message whose Message-ID is {@code messageId}: it is marked failed with
     * the reason, and whoever it was written about learns it ({@link MailStatusChanged}). Returns whether such a
     * message was found. (Minimal version of the intake's branch; the answers' branch writes the same method.)
     */
    public boolean bounced(String messageId, String reason) {
        if (messageId == null || messageId.isBlank()) {
            return false;
        }
        List<?> ids = em.createNativeQuery("SELECT id FROM mail_message WHERE message_id = ?")
                .setParameter(1, messageId.strip()).getResultList();
        if (ids.isEmpty()) {
            return false;
        }
        OutboxMessage m = em.find(OutboxMessage.class, ((Number) ids.get(0)).longValue());
        m.bounced(reason == null || reason.isBlank() ? "bounced" : reason);
        audit.recordAs(AuditTrail.SYSTEM, "MAIL_BOUNCED", "OutboxMessage", m.getId(), m.getRecipient());
        changed(m);
        return true;
    }

    private void changed(OutboxMessage m) {
        changes.fire(new MailStatusChanged(m.getId(), m.getAboutKind(), m.getAboutRef(), m.getStatus(), m.getLastError()));
    }

    private MimeMessage mime(OutboxMessage m) throws MessagingException, IOException {
        Session session = settings.user().isPresent()
                ? Session.getInstance(settings.sessionProperties(), new Authenticator() {
                    @Override
                    protected PasswordAuthentication getPasswordAuthentication() {
                        return new PasswordAuthentication(settings.user().orElseThrow(), settings.password().orElse(""));
                    }
                })
                : Session.getInstance(settings.sessionProperties());
        MimeMessage mime = new MimeMessage(session);
        mime.setFrom(new InternetAddress(settings.from(), true));
        mime.setRecipient(Message.RecipientType.TO, new InternetAddress(m.getRecipient(), true));
        mime.setSubject(m.getSubject(), StandardCharsets.UTF_8.name());
        mime.setSentDate(Date.from(m.getCreatedAt()));
        if (m.getAttachments().isEmpty()) {
            mime.setText(m.getBody(), StandardCharsets.UTF_8.name());
        } else {
            MimeMultipart parts = new MimeMultipart();
            MimeBodyPart text = new MimeBodyPart();
            text.setText(m.getBody(), StandardCharsets.UTF_8.name());
            parts.addBodyPart(text);
            for (OutboxAttachment a : m.getAttachments()) {
                MimeBodyPart file = new MimeBodyPart();
                file.setDataHandler(new DataHandler(new ByteArrayDataSource(attachmentContent(a), a.getMediaType())));
                file.setFileName(a.getFileName());
                parts.addBodyPart(file);
            }
            mime.setContent(parts);
        }
        return mime;
    }

    private String write(byte[] content) {
        String key = UUID.randomUUID().toString();
        try {
            Path dir = dir();
            Files.createDirectories(dir);
            Files.write(dir.resolve(key), content);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path dir() {
        return config.dataDir().resolve("mail");
    }
}
