package id.djpk.portal.site.livechat;

import id.djpk.portal.livechat.LiveChatService;
import id.djpk.portal.system.Jsonp;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** The server's frames of the WebSocket contract, as JSON text. */
final class ChatFrames {

    private ChatFrames() {
    }

    static String started(String ticket, String token) {
        return Jsonp.JSON.createObjectBuilder().add("type", "started").add("ticket", ticket).add("token", token).build().toString();
    }

    static String message(LiveChatService.Line line) {
        return message(line.from(), line.body(), line.at().toString());
    }

    static String message(String from, String body, String at) {
        return Jsonp.JSON.createObjectBuilder().add("type", "message").add("from", from).add("body", body).add("at", at)
                .build().toString();
    }

    static String offline(String ticket, String message) {
        return Jsonp.JSON.createObjectBuilder().add("type", "offline").add("ticket", ticket).add("message", message).build()
                .toString();
    }

    static String closed() {
        return "{\"type\":\"closed\"}";
    }

    static String error(String field, String message) {
        JsonObjectBuilder b = Jsonp.JSON.createObjectBuilder().add("type", "error");
        if (field != null) {
            b.add("field", field);
        }
        return b.add("message", message).build().toString();
    }

    /** A text member of a client frame; null when absent or not text. */
    static String text(JsonObject frame, String name) {
        return frame.containsKey(name) && frame.get(name) instanceof jakarta.json.JsonString s ? s.getString() : null;
    }
}
