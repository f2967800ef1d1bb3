package id.djpk.portal.site.api;

import id.djpk.portal.site.i18n.Language;
import id.djpk.portal.system.Jsonp;
import id.djpk.portal.system.Messages;
import id.djpk.portal.system.TooManyAttemptsException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** What every public JSON API answers alike: its language, field errors and plain messages. */
public final class ApiResponses {

    public static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";

    private ApiResponses() {
    }

    /** Indonesian unless the client's first choice is English. */
    public static Locale locale(HttpHeaders headers) {
        List<Locale> accepted = headers.getAcceptableLanguages();
        boolean english = !accepted.isEmpty() && "en".equals(accepted.get(0).getLanguage());
        return (english ? Language.EN : Language.ID).locale();
    }

    /** 400 with {@code {"errors": {field: message}}}. */
    public static Response invalid(Map<String, String> errors) {
        JsonObjectBuilder e = Jsonp.JSON.createObjectBuilder();
        errors.forEach(e::add);
        return Response.status(Response.Status.BAD_REQUEST).type(JSON)
                .entity(Jsonp.JSON.createObjectBuilder().add("errors", e).build()).build();
    }

    /** 429 with {@code Retry-After}: too many wrong access codes for one number (PPID, visits, tickets). */
    public static Response tooManyAttempts(Locale locale, TooManyAttemptsException e) {
        return Response.status(429).type(JSON).header("Retry-After", e.retryAfterSeconds())
                .header("Cache-Control", "no-store").entity(message(Messages.text(locale, e))).build();
    }

    /**
     * A requester's own record by the access code in the {@code X-Access-Code} header ({@code find} gets it stripped;
     * it throws {@link TooManyAttemptsException} after too many wrong codes for the number): a missing or wrong code
     * answers exactly like an unknown number, 404 {@code {"message"}} with the text of {@code notFoundKey}; too many
     * wrong codes a 429 ({@link #tooManyAttempts}); what is found is answered by {@code then}.
     */
    public static <T> Response forRequester(String accessCode, Locale locale, String notFoundKey,
            Function<String, Optional<T>> find, Function<T, Response> then) {
        if (accessCode == null || accessCode.isBlank()) {
            return notFound(locale, notFoundKey);
        }
        Optional<T> found;
        try {
            found = find.apply(accessCode.strip());
        } catch (TooManyAttemptsException e) {
            return tooManyAttempts(locale, e);
        }
        return found.isEmpty() ? notFound(locale, notFoundKey) : then.apply(found.get());
    }

    /** 404 with {@code {"message": text}}, the text of {@code key} in the client's language. */
    public static Response notFound(Locale locale, String key) {
        return Response.status(Response.Status.NOT_FOUND).type(JSON).entity(message(Messages.text(locale, key))).build();
    }

    /** 200 with a requester's own record: kept by no cache between the portal and the requester. */
    public static Response personal(JsonObject body) {
        return Response.ok(body, JSON).header("Cache-Control", "no-store").build();
    }

    /** An instant as the APIs answer it: UTC, in whole seconds ({@code 2024-05-02T03:04:05Z}). */
    public static String instant(Instant at) {
        return at.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** {@code {"message": text}}. */
    public static JsonObject message(String text) {
        return Jsonp.JSON.createObjectBuilder().add("message", text).build();
    }

    /** 413 with the limit that was passed, the connection closed so the rest of the body is not read. */
    public static Response tooLarge(Locale locale, id.djpk.portal.site.web.InputTooLargeException e) {
        return Response.status(Response.Status.REQUEST_ENTITY_TOO_LARGE).type(JSON).header("Connection", "close")
                .entity(message(id.djpk.portal.site.web.RequestLimits.message(locale, e))).build();
    }

    /** What an API does with a form read by {@link #multipart}. */
    public interface FormHandler {
        Response handle(id.djpk.portal.site.web.MultipartForm form) throws java.io.IOException;
    }

    /**
     * Reads the request's multipart body the one safe way ({@link id.djpk.portal.site.web.MultipartForm}) and
     * hands it on; a body or field over its limit is a 413, a malformed body a 400.
     */
    public static Response multipart(jakarta.servlet.http.HttpServletRequest request,
            id.djpk.portal.site.web.MultipartForm.Spec spec, id.djpk.portal.system.PortalConfig config, Locale locale,
            FormHandler handler) throws java.io.IOException {
        try (id.djpk.portal.site.web.MultipartForm form = id.djpk.portal.site.web.MultipartForm.read(request, spec, config)) {
            return handler.handle(form);
        } catch (id.djpk.portal.site.web.InputTooLargeException e) {
            return tooLarge(locale, e);
        } catch (id.djpk.portal.site.web.MalformedFormException e) {
            return malformed(locale);
        }
    }

    /** 400 for a body that is not a well-formed form. */
    public static Response malformed(Locale locale) {
        return Response.status(Response.Status.BAD_REQUEST).type(JSON)
                .entity(message(id.djpk.portal.site.web.RequestLimits.malformed(locale))).build();
    }

    /**
     * A JSON object body read up to {@link id.djpk.portal.site.web.RequestLimits#FORM_BODY_BYTES}: an empty
     * body is an empty object; anything but an object is malformed.
     */
    public static JsonObject readObject(java.io.InputStream body) throws java.io.IOException {
        long limit = id.djpk.portal.site.web.RequestLimits.FORM_BODY_BYTES;
        byte[] bytes;
        try (java.io.InputStream in = new id.djpk.portal.site.web.LimitedInputStream(
                body == null ? java.io.InputStream.nullInputStream() : body, limit)) {
            bytes = in.readAllBytes();
        }
        if (bytes.length == 0) {
            return jakarta.json.JsonValue.EMPTY_JSON_OBJECT;
        }
        try (jakarta.json.JsonReader reader = Jsonp.JSON.createReader(new java.io.ByteArrayInputStream(bytes))) {
            jakarta.json.JsonValue value = reader.readValue();
            if (value.getValueType() != jakarta.json.JsonValue.ValueType.OBJECT) {
                throw new id.djpk.portal.site.web.MalformedFormException();
            }
            return value.asJsonObject();
        } catch (jakarta.json.JsonException e) {
            throw new id.djpk.portal.site.web.MalformedFormException();
        }
    }

    /**
     * A submission an intake refused: 400 {@code {"errors": {field: message}}}, 422 {@code {"rule", "message"}},
     * or 429 / 400 {@code {"message"}}.
     */
    public static Response refused(id.djpk.portal.site.web.Refusal refusal) {
        if (!refusal.errors().isEmpty()) {
            return invalid(refusal.errors());
        }
        JsonObjectBuilder body = Jsonp.JSON.createObjectBuilder();
        if (refusal.rule() != null) {
            body.add("rule", refusal.rule());
        }
        return Response.status(refusal.status()).type(JSON).entity(body.add("message", refusal.message()).build()).build();
    }

    /**
     * The public events of a request's timeline as the status APIs answer them: {@code at} (UTC, seconds),
     * {@code event} (the kind) and {@code text} (its label from {@code keyPrefix + kind}, with the event's note).
     */
    public static jakarta.json.JsonArrayBuilder timeline(java.util.List<? extends id.djpk.portal.system.TimelineEvent> events,
            java.util.ResourceBundle labels, String keyPrefix) {
        jakarta.json.JsonArrayBuilder timeline = jakarta.json.Json.createArrayBuilder();
        for (id.djpk.portal.system.TimelineEvent e : events) {
            String text = labels.getString(keyPrefix + e.kindName());
            timeline.add(jakarta.json.Json.createObjectBuilder()
                    .add("at", instant(e.getAt()))
                    .add("event", e.kindName())
                    .add("text", e.getNote() == null || e.getNote().isBlank() ? text : text + ": " + e.getNote()));
        }
        return timeline;
    }
}
