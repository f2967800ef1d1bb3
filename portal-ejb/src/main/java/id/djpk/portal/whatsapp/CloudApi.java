package id.djpk.portal.whatsapp;

import id.djpk.portal.system.Jsonp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Meta's WhatsApp Business Cloud API over HTTPS: {@code POST {base}/{phone-number-id}/messages} with the bearer
 * token, the media endpoint for the files users send, and {@code POST {base}/{phone-number-id}/media} (multipart) for
 * the files agents send. The base URL is a setting (Meta's Graph API with its
 * version; a stand-in server in the tests).
 */
@ApplicationScoped
public class CloudApi {

    /** What Meta answered to a message: accepted with its wamid, to try again later, or refused with its error text. */
    public record Result(String wamid, boolean retry, String error) {
        public boolean accepted() {
            return wamid != null;
        }
    }

    /** A file fetched from the media endpoint. */
    public record Download(InputStream content, String mimeType) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Inject
    WhatsAppSettings settings;

    public Result send(String payload) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.apiUrl() + "/" + settings.phoneNumberId() + "/messages"))
                .timeout(Duration.ofSeconds(15)).header("Authorization", "Bearer " + settings.accessToken())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(payload)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            int code = response.statusCode();
            if (code == 200 || code == 201) {
                JsonObject body = read(response.body());
                var messages = body == null ? null : body.getJsonArray("messages");
                String wamid = messages == null || messages.isEmpty() ? null : messages.getJsonObject(0).getString("id", null);
                return wamid != null ? new Result(wamid, false, null) : new Result(null, true, "no message id in Meta's answer");
            }
            return new Result(null, code == 429 || code >= 500, code + " " + errorText(response.body()));
        } catch (IOException e) {
            return new Result(null, true, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(null, true, "interrupted");
        }
    }

    /** What Meta answered to an upload: the media id, to try again later, or refused with its error text. */
    public record Upload(String mediaId, boolean retry, String error) {
    }

    /** Uploads a file an agent sends; its media id then goes into the message (Meta keeps uploads 30 days). */
    public Upload upload(byte[] content, String mimeType, String fileName) {
        String boundary = "djpk" + java.util.UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream(content.length + 512);
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"messaging_product\"\r\n\r\nwhatsapp\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\n" + mimeType + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName.replaceAll("[\"\\\\\r\n]", "_") + "\"\r\nContent-Type: " + mimeType + "\r\n\r\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        body.writeBytes(head);
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.apiUrl() + "/" + settings.phoneNumberId() + "/media"))
                .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + settings.accessToken())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            int code = response.statusCode();
            JsonObject answer = code == 200 || code == 201 ? read(response.body()) : null;
            if (answer != null && answer.getString("id", null) != null) {
                return new Upload(answer.getString("id"), false, null);
            }
            return new Upload(null, code == 429 || code >= 500 || answer != null, code + " " + errorText(response.body()));
        } catch (IOException e) {
            return new Upload(null, true, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Upload(null, true, "interrupted");
        }
    }

    /** A user's image or document: its URL from the media endpoint, then the file with the same token. */
    public Download media(String mediaId) throws IOException {
        try {
            HttpResponse<String> meta = http.send(HttpRequest.newBuilder(URI.create(settings.apiUrl() + "/" + mediaId))
                    .timeout(Duration.ofSeconds(15)).header("Authorization", "Bearer " + settings.accessToken()).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonObject info = meta.statusCode() == 200 ? read(meta.body()) : null;
            if (info == null || info.getString("url", null) == null) {
                throw new IOException("media " + mediaId + ": " + meta.statusCode() + " " + errorText(meta.body()));
            }
            HttpResponse<InputStream> file = http.send(HttpRequest.newBuilder(URI.create(info.getString("url")))
                    .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + settings.accessToken()).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            if (file.statusCode() != 200) {
                file.body().close();
                throw new IOException("media " + mediaId + " download: " + file.statusCode());
            }
            return new Download(file.body(), info.getString("mime_type", null));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** The Cloud API's JSON for a message to one number. */
    public static String payload(String to, Outgoing message) {
        JsonObjectBuilder b = Jsonp.JSON.createObjectBuilder().add("messaging_product", "whatsapp").add("recipient_type", "individual")
                .add("to", to);
        if (message instanceof Outgoing.Text t) {
            b.add("type", "text").add("text", Jsonp.JSON.createObjectBuilder().add("preview_url", false).add("body", limit(t.body(), 4096)));
        } else if (message instanceof Outgoing.ListMenu l) {
            JsonArrayBuilder rows = Jsonp.JSON.createArrayBuilder();
            for (Outgoing.Row r : l.rows()) {
                JsonObjectBuilder row = Jsonp.JSON.createObjectBuilder().add("id", r.id()).add("title", r.title());
                if (r.description() != null) {
                    row.add("description", r.description());
                }
                rows.add(row);
            }
            b.add("type", "interactive").add("interactive", Jsonp.JSON.createObjectBuilder().add("type", "list")
                    .add("body", Jsonp.JSON.createObjectBuilder().add("text", limit(l.body(), 4096)))
                    .add("action", Jsonp.JSON.createObjectBuilder().add("button", l.button())
                            .add("sections", Jsonp.JSON.createArrayBuilder().add(Jsonp.JSON.createObjectBuilder().add("rows", rows)))));
        } else if (message instanceof Outgoing.Buttons bt) {
            JsonArrayBuilder buttons = Jsonp.JSON.createArrayBuilder();
            for (Outgoing.Row r : bt.buttons()) {
                buttons.add(Jsonp.JSON.createObjectBuilder().add("type", "reply")
                        .add("reply", Jsonp.JSON.createObjectBuilder().add("id", r.id()).add("title", r.title())));
            }
            b.add("type", "interactive").add("interactive", Jsonp.JSON.createObjectBuilder().add("type", "button")
                    .add("body", Jsonp.JSON.createObjectBuilder().add("text", limit(bt.body(), 1024)))
                    .add("action", Jsonp.JSON.createObjectBuilder().add("buttons", buttons)));
        } else if (message instanceof Outgoing.File f) {
            // the media id comes at sending time (WhatsAppOutbox uploads the stored file): the payload keeps the key
            String type = f.mediaType().startsWith("image/") ? "image" : "document";
            JsonObjectBuilder media = Jsonp.JSON.createObjectBuilder().add(FILE_KEY, f.storageKey()).add(FILE_TYPE, f.mediaType());
            if (type.equals("document")) {
                media.add("filename", limit(f.fileName(), 240));
            }
            if (f.caption() != null && !f.caption().isBlank()) {
                media.add("caption", limit(f.caption(), 1024));
            }
            b.add("type", type).add(type, media);
        } else if (message instanceof Outgoing.Template tp) {
            JsonObjectBuilder template = Jsonp.JSON.createObjectBuilder().add("name", tp.name())
                    .add("language", Jsonp.JSON.createObjectBuilder().add("code", tp.language()));
            if (!tp.parameters().isEmpty()) {
                JsonArrayBuilder params = Jsonp.JSON.createArrayBuilder();
                tp.parameters().forEach(p -> params.add(Jsonp.JSON.createObjectBuilder().add("type", "text").add("text", p)));
                template.add("components", Jsonp.JSON.createArrayBuilder().add(Jsonp.JSON.createObjectBuilder().add("type", "body")
                        .add("parameters", params)));
            }
            b.add("type", "template").add("template", template);
        }
        return b.build().toString();
    }

    /** The portal's own fields in a queued file message, replaced by the media id when it is sent. */
    static final String FILE_KEY = "portal_storage_key";
    static final String FILE_TYPE = "portal_media_type";

    /** A queued file message's stored file ({@link #FILE_KEY}, {@link #FILE_TYPE}), or null for other messages. */
    static String[] fileOf(String payload) {
        JsonObject o = read(payload);
        if (o == null) {
            return null;
        }
        String type = o.getString("type", "");
        if (!(type.equals("image") || type.equals("document")) || !(o.get(type) instanceof JsonObject media)
                || media.getString(FILE_KEY, null) == null) {
            return null;
        }
        return new String[] {media.getString(FILE_KEY), media.getString(FILE_TYPE, "application/octet-stream"),
                media.getString("filename", "berkas")};
    }

    /** The payload with the uploaded media id in place of the portal's fields. */
    static String withMedia(String payload, String mediaId) {
        JsonObject o = read(payload);
        String type = o.getString("type");
        JsonObjectBuilder media = Jsonp.JSON.createObjectBuilder(o.getJsonObject(type)).remove(FILE_KEY).remove(FILE_TYPE).add("id", mediaId);
        return Jsonp.JSON.createObjectBuilder(o).add(type, media).build().toString();
    }

    private static String limit(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private static JsonObject read(String body) {
        try (JsonReader r = Jsonp.JSON.createReader(new StringReader(body == null ? "" : body))) {
            return r.readObject();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Meta's error: {@code {"error": {"message", "error_data": {"details"}}}}. */
    static String errorText(String body) {
        JsonObject o = read(body);
        if (o == null || !(o.get("error") instanceof JsonObject e)) {
            return body == null ? "" : body.length() <= 300 ? body : body.substring(0, 300);
        }
        String message = e.getString("message", "");
        if (e.get("error_data") instanceof JsonObject d && d.getString("details", null) != null) {
            message = message + ": " + d.getString("details");
        }
        return message;
    }
}
