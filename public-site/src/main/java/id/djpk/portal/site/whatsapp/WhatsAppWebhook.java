package id.djpk.portal.site.whatsapp;

import id.djpk.portal.site.web.RequestLimits;
import id.djpk.portal.whatsapp.WebhookEvent;
import id.djpk.portal.whatsapp.WebhookSignature;
import id.djpk.portal.whatsapp.WebhookStore;
import id.djpk.portal.whatsapp.WhatsAppSettings;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Meta's webhook for the WhatsApp channel (Meta's contract), {@code /api/channels/whatsapp}. {@code GET}: the
 * subscription handshake, the challenge echoed when the verify token matches, else 403. {@code POST}: the body's
 * {@code X-Hub-Signature-256} checked in constant time over the raw bytes (401 and nothing stored when missing or
 * wrong), the delivery stored durably ({@link WebhookStore}'s group commit), then 200; the senders' new events are
 * worked afterwards by {@link SenderWork} (and by the staff portal's sweeper if this instance dies first). A delivery
 * that could not be stored is answered 503, so that Meta delivers it again.
 * <p>
 * A servlet rather than a JAX-RS resource: Meta may send a thousand deliveries a second, and this path is the only
 * one that must be that lean (docs/benchmarks.md, "WhatsApp webhook"). The exact mapping wins over the JAX-RS
 * application's {@code /api/*}.
 */
@WebServlet(urlPatterns = WhatsAppWebhook.PATH)
public class WhatsAppWebhook extends HttpServlet {

    static final String PATH = RequestLimits.WHATSAPP_WEBHOOK;
    private static final Logger LOG = Logger.getLogger(WhatsAppWebhook.class.getName());

    @Inject
    private WhatsAppSettings settings;

    @Inject
    private WebhookStore store;

    @Inject
    private SenderWork work;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String challenge = request.getParameter("hub.challenge");
        String token = request.getParameter("hub.verify_token");
        boolean ok = "subscribe".equals(request.getParameter("hub.mode")) && challenge != null && token != null
                && settings.verifyToken()
                        .map(t -> MessageDigest.isEqual(t.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8)))
                        .orElse(false);
        if (!ok) {
            answer(response, HttpServletResponse.SC_FORBIDDEN, "forbidden");
            return;
        }
        answer(response, HttpServletResponse.SC_OK, challenge);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // at most RequestLimits.WHATSAPP_WEBHOOK_BODY_BYTES: RequestSizeFilter refuses a longer body as it is read
        byte[] body = request.getInputStream().readAllBytes();
        if (!WebhookSignature.valid(settings.appSecret(), body, request.getHeader("X-Hub-Signature-256"))) {
            answer(response, HttpServletResponse.SC_UNAUTHORIZED, "bad signature");
            return;
        }
        List<WebhookEvent> events;
        try {
            events = WebhookEvent.of(body);
        } catch (IllegalArgumentException e) {
            answer(response, HttpServletResponse.SC_BAD_REQUEST, "not a delivery");
            return;
        }
        Set<String> senders;
        try {
            senders = events.isEmpty() ? Set.of() : store.store(events);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "WhatsApp delivery not stored; Meta will deliver it again", e);
            response.setHeader("Retry-After", "5");
            answer(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "not stored");
            return;
        }
        if (!senders.isEmpty()) {
            work.add(senders);
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentLength(0);
    }

    private static void answer(HttpServletResponse response, int status, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
