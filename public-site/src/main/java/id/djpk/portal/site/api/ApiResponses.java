package id.djpk.portal.site.api;

import id.djpk.portal.site.i18n.Language;
import id.djpk.portal.system.Messages;
import id.djpk.portal.system.TooManyAttemptsException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
        JsonObjectBuilder e = Json.createObjectBuilder();
        errors.forEach(e::add);
        return Response.status(Response.Status.BAD_REQUEST).type(JSON)
                .entity(Json.createObjectBuilder().add("errors", e).build()).build();
    }

    /** 429 with {@code Retry-After}: too many wrong access codes for one number (PPID, visits, tickets). */
    public static Response tooManyAttempts(Locale locale, TooManyAttemptsException e) {
        return Response.status(429).type(JSON).header("Retry-After", e.retryAfterSeconds())
                .header("Cache-Control", "no-store").entity(message(Messages.text(locale, e))).build();
    }

    /** {@code {"message": text}}. */
    public static JsonObject message(String text) {
        return Json.createObjectBuilder().add("message", text).build();
    }
}
