package id.djpk.portal.whatsapp;

import id.djpk.portal.system.Jsonp;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.Instant;

/**
 * A user's message as the bot and the agents see it: its text (typed, or the title of the list row or button
 * chosen, with the row's id in {@code choice}), or a file to fetch from the media endpoint, or a type the portal
 * does not read ({@code unsupported}, kept and shown to the agent as such).
 */
public record Inbound(String wamid, String from, String profileName, Instant at, String type, String text,
        String choice, Media media) {

    /** An image or document the user sent: fetched through the Cloud API's media endpoint by its id. */
    public record Media(String id, String mimeType, String fileName) {
    }

    public boolean unsupported() {
        return text == null && choice == null && media == null;
    }

    /** Reads a stored {@link WebhookEvent} of kind MESSAGE. */
    public static Inbound of(String eventJson, Instant at) {
        JsonObject item;
        try (JsonReader r = Jsonp.JSON.createReader(new StringReader(eventJson))) {
            item = r.readObject();
        }
        JsonObject m = item.getJsonObject("message");
        String type = WebhookEvent.string(m, "type");
        String text = null;
        String choice = null;
        Media media = null;
        switch (type == null ? "" : type) {
            case "text" -> text = WebhookEvent.string(m.getJsonObject("text"), "body");
            case "interactive" -> {
                JsonObject i = m.getJsonObject("interactive");
                JsonObject reply = i == null ? null
                        : i.containsKey("list_reply") ? i.getJsonObject("list_reply") : i.getJsonObject("button_reply");
                if (reply != null) {
                    choice = WebhookEvent.string(reply, "id");
                    text = WebhookEvent.string(reply, "title");
                }
            }
            case "button" -> {
                JsonObject b = m.getJsonObject("button");
                text = WebhookEvent.string(b, "text");
                choice = WebhookEvent.string(b, "payload");
            }
            case "image", "document" -> {
                JsonObject f = m.getJsonObject(type);
                if (f != null && WebhookEvent.string(f, "id") != null) {
                    media = new Media(WebhookEvent.string(f, "id"), WebhookEvent.string(f, "mime_type"),
                            WebhookEvent.string(f, "filename"));
                    text = WebhookEvent.string(f, "caption");
                }
            }
            default -> {
                // audio, video, stickers, locations, contacts, reactions: kept, shown as unsupported
            }
        }
        return new Inbound(WebhookEvent.string(m, "id"), WebhookEvent.string(m, "from"),
                WebhookEvent.string(item, "profile"), at, type, text, choice, media);
    }
}
