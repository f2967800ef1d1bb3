package id.djpk.portal.whatsapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What Meta's webhook delivers: the signature over the raw bytes, and the messages and statuses in it. */
class WebhookTest {

    static final String SECRET = "app-secret-123";

    static final String DELIVERY = """
            {"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"field":"messages",
            "value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"15550783881","phone_number_id":"106540352242922"},
            "contacts":[{"profile":{"name":"Siti"},"wa_id":"6281234567890"}],
            "messages":[{"from":"6281234567890","id":"wamid.AAA","timestamp":"1717218000","type":"text","text":{"body":"Halo"}},
            {"from":"6281234567890","id":"wamid.BBB","timestamp":"1717218060","type":"interactive",
             "interactive":{"type":"list_reply","list_reply":{"id":"menu:9","title":"9. Chat Agent"}}},
            {"from":"6281234567890","id":"wamid.CCC","timestamp":"1717218070","type":"document",
             "document":{"id":"MEDIA1","mime_type":"application/pdf","filename":"surat.pdf","caption":"Surat kami"}},
            {"from":"6281234567890","id":"wamid.DDD","timestamp":"1717218080","type":"sticker","sticker":{"id":"S1"}}]}}]},
            {"id":"102290129340398","changes":[{"field":"messages","value":{"messaging_product":"whatsapp",
            "statuses":[{"id":"wamid.OUT1","status":"failed","timestamp":"1717218090","recipient_id":"6281234567890",
             "errors":[{"code":131047,"title":"Re-engagement message"}]}]}}]}]}
            """;

    @Test
    void theSignatureIsOverTheRawBytesAndComparedWhole() {
        byte[] body = DELIVERY.getBytes(StandardCharsets.UTF_8);
        String header = WebhookSignature.sign(SECRET, body);
        assertTrue(header.startsWith("sha256=") && header.length() == 71);
        assertTrue(WebhookSignature.valid(SECRET, body, header));
        assertTrue(WebhookSignature.valid(SECRET, body, header.toUpperCase().replace("SHA256=", "sha256=")));
        assertFalse(WebhookSignature.valid("other", body, header));
        assertFalse(WebhookSignature.valid(SECRET, (DELIVERY + " ").getBytes(StandardCharsets.UTF_8), header));
        assertFalse(WebhookSignature.valid(SECRET, body, null));
        assertFalse(WebhookSignature.valid(SECRET, body, "sha1=" + header.substring(7)));
        assertFalse(WebhookSignature.valid(SECRET, body, header.substring(0, 70)));
        assertFalse(WebhookSignature.valid(SECRET, body, "sha256=" + "zz".repeat(32)));
        assertFalse(WebhookSignature.valid("", body, header), "no app secret configured: nothing is valid");
    }

    @Test
    void aDeliveryIsSplitIntoItsMessagesAndStatusesEachWithItsKey() {
        List<WebhookEvent> events = WebhookEvent.of(DELIVERY.getBytes(StandardCharsets.UTF_8));
        assertEquals(5, events.size());
        assertEquals(List.of("wamid.AAA", "wamid.BBB", "wamid.CCC", "wamid.DDD", "wamid.OUT1/failed"),
                events.stream().map(WebhookEvent::key).toList());
        assertEquals(Instant.ofEpochSecond(1717218000), events.get(0).at());
        assertEquals(WebhookEvent.Kind.STATUS, events.get(4).kind());

        Inbound text = Inbound.of(events.get(0).json(), events.get(0).at());
        assertEquals("Halo", text.text());
        assertEquals("Siti", text.profileName());
        assertEquals("6281234567890", text.from());
        Inbound list = Inbound.of(events.get(1).json(), events.get(1).at());
        assertEquals("menu:9", list.choice());
        Inbound doc = Inbound.of(events.get(2).json(), events.get(2).at());
        assertEquals(new Inbound.Media("MEDIA1", "application/pdf", "surat.pdf"), doc.media());
        assertEquals("Surat kami", doc.text());
        Inbound sticker = Inbound.of(events.get(3).json(), events.get(3).at());
        assertTrue(sticker.unsupported());
        assertEquals("sticker", sticker.type());
        assertNull(sticker.text());
    }

    @Test
    void anythingElseIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> WebhookEvent.of("[]".getBytes(StandardCharsets.UTF_8)));
        assertThrows(IllegalArgumentException.class, () -> WebhookEvent.of("{\"object\":\"page\"}".getBytes(StandardCharsets.UTF_8)));
        assertThrows(IllegalArgumentException.class, () -> WebhookEvent.of("not json".getBytes(StandardCharsets.UTF_8)));
    }
}
