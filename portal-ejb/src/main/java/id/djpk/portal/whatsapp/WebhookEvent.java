package id.djpk.portal.whatsapp;

import id.djpk.portal.system.Jsonp;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One thing a webhook delivery reports: a message a user sent, or the status of a message the portal sent.
 * A delivery may carry several; each is stored on its own under its {@code key} (the {@code wamid} of a
 * message; {@code wamid/status} of a status), so a delivery repeated by Meta changes nothing.
 * {@code json} is the item itself, with the sender's profile name beside a message.
 */
public record WebhookEvent(Kind kind, String key, String waId, Instant at, String json) {

    public enum Kind { MESSAGE, STATUS }

    /** The events of a {@code whatsapp_business_account} delivery, in the order Meta listed them. */
    public static List<WebhookEvent> of(byte[] body) {
        JsonObject root;
        try (JsonReader reader = Jsonp.JSON.createReader(new ByteArrayInputStream(body))) {
            root = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new IllegalArgumentException("not a JSON object", e);
        }
        if (!"whatsapp_business_account".equals(string(root, "object"))) {
            throw new IllegalArgumentException("not a whatsapp_business_account delivery");
        }
        List<WebhookEvent> events = new ArrayList<>();
        for (JsonObject entry : objects(root, "entry")) {
            for (JsonObject change : objects(entry, "changes")) {
                JsonObject value = change.get("value") instanceof JsonObject v ? v : JsonValue.EMPTY_JSON_OBJECT;
                String profile = null;
                for (JsonObject contact : objects(value, "contacts")) {
                    if (contact.get("profile") instanceof JsonObject p) {
                        profile = string(p, "name");
                    }
                }
                for (JsonObject message : objects(value, "messages")) {
                    String id = string(message, "id");
                    String from = string(message, "from");
                    if (id == null || from == null) {
                        continue;
                    }
                    var item = Jsonp.JSON.createObjectBuilder().add("message", message);
                    if (profile != null) {
                        item.add("profile", profile);
                    }
                    events.add(new WebhookEvent(Kind.MESSAGE, limit(id), from, time(message), item.build().toString()));
                }
                for (JsonObject status : objects(value, "statuses")) {
                    String id = string(status, "id");
                    String state = string(status, "status");
                    if (id == null || state == null) {
                        continue;
                    }
                    events.add(new WebhookEvent(Kind.STATUS, limit(id + "/" + state), string(status, "recipient_id"),
                            time(status), status.toString()));
                }
            }
        }
        return events;
    }

    private static Instant time(JsonObject o) {
        String ts = string(o, "timestamp");
        try {
            return ts == null ? null : Instant.ofEpochSecond(Long.parseLong(ts));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String limit(String key) {
        return key.length() <= 200 ? key : key.substring(0, 200);
    }

    static List<JsonObject> objects(JsonObject o, String key) {
        List<JsonObject> out = new ArrayList<>();
        if (o.get(key) instanceof JsonArray a) {
            for (JsonValue v : a) {
                if (v instanceof JsonObject item) {
                    out.add(item);
                }
            }
        }
        return out;
    }

    static String string(JsonObject o, String key) {
        return o != null && o.get(key) instanceof JsonString s ? s.getString() : null;
    }
}
