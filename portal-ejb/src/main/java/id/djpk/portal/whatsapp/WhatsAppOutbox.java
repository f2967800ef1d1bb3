package id.djpk.portal.whatsapp;

import id.djpk.portal.helpdesk.TicketMessage;
import id.djpk.portal.system.Jsonp;
import id.djpk.portal.system.OfficeClock;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Messages to WhatsApp numbers: queued in the caller's transaction, handed to the Cloud API after the commit one
 * by one in their own transactions (at once for the bot's replies, by the staff portal's dispatcher for the rest
 * and for retries), and moved on by the status callbacks. An agent's answer carries its state to its ticket message.
 */
@Stateless
public class WhatsAppOutbox {

    private static final Logger LOG = Logger.getLogger(WhatsAppOutbox.class.getName());

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private OfficeClock clock;

    @Inject
    private CloudApi api;

    @Inject
    private WhatsAppSettings settings;

    @Inject
    private id.djpk.portal.document.DocumentStore documents;

    public SentMessage queue(String to, Outgoing message, String ticketNumber, Long ticketMessageId) {
        SentMessage m = new SentMessage(to, message, CloudApi.payload(to, message), ticketNumber, ticketMessageId, clock.now());
        em.persist(m);
        return m;
    }

    /** What was sent to a number since a time, oldest first (the bot's replies and agents' answers). */
    public List<SentMessage> to(String waId, java.time.Instant since) {
        return em.createNamedQuery("SentMessage.toSince", SentMessage.class).setParameter("to", waId)
                .setParameter("since", since).getResultList();
    }

    /** Messages due now (first attempts and retries whose pause is over), oldest first. */
    public List<Long> due(int max) {
        return em.createNamedQuery("SentMessage.due", Long.class).setParameter("queued", SentMessage.Status.QUEUED)
                .setParameter("now", clock.now()).setMaxResults(max).getResultList();
    }

    /** First attempts waiting for one number, in order (the bot's replies right after its turn). */
    public List<Long> dueTo(String waId) {
        return em.createNamedQuery("SentMessage.dueTo", Long.class).setParameter("queued", SentMessage.Status.QUEUED)
                .setParameter("to", waId).getResultList();
    }

    /** Hands one message to the Cloud API in its own transaction; returns whether Meta accepted it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean deliver(long id) {
        SentMessage m = em.find(SentMessage.class, id);
        if (m == null || m.getStatus() != SentMessage.Status.QUEUED || !settings.configured()) {
            return false;
        }
        if (m.getBlastId() != null) {
            Conversation c = em.find(Conversation.class, m.getToWaId());
            if (c == null || !c.isConsent()) {
                m.refused("consent withdrawn before sending (BERHENTI)");
                return false;
            }
        }
        CloudApi.Result r = send(m.getPayload());
        if (r.accepted()) {
            m.accepted(r.wamid());
            answer(m).ifPresent(a -> {
                a.travelled(r.wamid(), null);
                a.delivery(TicketMessage.Delivery.SENT, null);
            });
            return true;
        }
        if (r.retry()) {
            m.later(r.error(), clock.now());
        } else {
            m.refused(r.error());
        }
        LOG.log(Level.WARNING, "WhatsApp message {0} to {1} not accepted: {2}", new Object[] {id, m.getToWaId(), r.error()});
        if (m.getStatus() == SentMessage.Status.FAILED) {
            answer(m).ifPresent(a -> a.delivery(TicketMessage.Delivery.FAILED, r.error()));
        }
        return false;
    }

    /** Sends a payload; a file message first uploads its stored file and names the media id Meta gives it. */
    private CloudApi.Result send(String payload) {
        String[] file = CloudApi.fileOf(payload);
        if (file == null) {
            return api.send(payload);
        }
        byte[] content;
        try {
            content = documents.read(file[0]);
        } catch (RuntimeException e) {
            return new CloudApi.Result(null, false, "the file cannot be read: " + e.getMessage());
        }
        CloudApi.Upload upload = api.upload(content, file[1], file[2]);
        if (upload.mediaId() == null) {
            return new CloudApi.Result(null, upload.retry(), "upload: " + upload.error());
        }
        return api.send(CloudApi.withMedia(payload, upload.mediaId()));
    }

    /** A status callback ({@code sent}, {@code delivered}, {@code read}, {@code failed} with Meta's error). */
    public void status(String eventJson) {
        JsonObject s;
        try (JsonReader r = Jsonp.JSON.createReader(new StringReader(eventJson))) {
            s = r.readObject();
        }
        SentMessage.Status reported = switch (s.getString("status", "").toLowerCase(Locale.ROOT)) {
            case "sent" -> SentMessage.Status.SENT;
            case "delivered" -> SentMessage.Status.DELIVERED;
            case "read" -> SentMessage.Status.READ;
            case "failed" -> SentMessage.Status.FAILED;
            default -> null;
        };
        if (reported == null) {
            return;
        }
        String error = null;
        if (s.get("errors") instanceof JsonArray errors && !errors.isEmpty() && errors.get(0) instanceof JsonObject e) {
            error = e.getInt("code", 0) + " " + e.getString("title", "")
                    + (e.get("error_data") instanceof JsonObject d ? ": " + d.getString("details", "") : "");
        }
        String why = error;
        for (SentMessage m : em.createNamedQuery("SentMessage.byWamid", SentMessage.class)
                .setParameter("wamid", s.getString("id", "")).getResultList()) {
            if (m.reported(reported, why)) {
                answer(m).ifPresent(a -> a.delivery(TicketMessage.Delivery.valueOf(reported.name()), why));
            }
        }
    }

    private java.util.Optional<TicketMessage> answer(SentMessage m) {
        return m.getTicketMessageId() == null ? java.util.Optional.empty()
                : java.util.Optional.ofNullable(em.find(TicketMessage.class, m.getTicketMessageId()));
    }
}
