package id.djpk.portal.site.whatsapp;

import id.djpk.portal.whatsapp.WebhookSignature;
import id.djpk.portal.whatsapp.WhatsAppInbox;
import id.djpk.portal.whatsapp.WhatsAppSettings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Meta's webhook for the WhatsApp channel (issue #13, contract). {@code GET}: the subscription handshake, the
 * challenge echoed when the verify token matches, else 403. {@code POST}: the body's {@code X-Hub-Signature-256}
 * checked in constant time over the raw bytes (401 and nothing stored when missing or wrong), the delivery stored
 * durably, 200 at once; the senders' new events are worked afterwards by {@link SenderWork} (and by the staff
 * portal's sweeper if this instance dies first).
 */
@Path("channels/whatsapp")
@RequestScoped
@Tag(name = "WhatsApp", description = "Webhook WhatsApp Business Cloud API (untuk Meta)")
public class WhatsAppWebhook {

    @Inject
    private WhatsAppSettings settings;

    @Inject
    private WhatsAppInbox inbox;

    @Inject
    private SenderWork work;

    @GET
    @Operation(summary = "Verifikasi webhook oleh Meta")
    public Response verify(@QueryParam("hub.mode") String mode, @QueryParam("hub.verify_token") String token,
            @QueryParam("hub.challenge") String challenge) {
        boolean ok = "subscribe".equals(mode) && challenge != null && token != null && settings.verifyToken()
                .map(t -> MessageDigest.isEqual(t.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8)))
                .orElse(false);
        if (!ok) {
            return Response.status(Response.Status.FORBIDDEN).type(MediaType.TEXT_PLAIN).entity("forbidden").build();
        }
        return Response.ok(challenge, MediaType.TEXT_PLAIN).build();
    }

    @POST
    @Operation(summary = "Kiriman webhook (pesan dan status) dari Meta")
    public Response deliver(@HeaderParam("X-Hub-Signature-256") String signature, InputStream in) throws IOException {
        byte[] body = in.readAllBytes();
        if (!WebhookSignature.valid(settings.appSecret(), body, signature)) {
            return Response.status(Response.Status.UNAUTHORIZED).type(MediaType.TEXT_PLAIN).entity("bad signature").build();
        }
        Set<String> senders;
        try {
            senders = inbox.store(body);
        } catch (IllegalArgumentException e) {
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.TEXT_PLAIN).entity("not a delivery").build();
        }
        if (!senders.isEmpty()) {
            work.add(senders);
        }
        return Response.ok().build();
    }
}
