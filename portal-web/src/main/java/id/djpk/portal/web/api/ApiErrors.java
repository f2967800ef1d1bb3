package id.djpk.portal.web.api;

import id.djpk.portal.system.Jsonp;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every error of the staff API as JSON: {@code {"status": 400, "error": "month must be yyyy-MM", "message": "…"}}.
 * {@code error} is the detail for scripts (stable, English, as the resources have always named it; the reason phrase
 * when there is none); {@code message} says it to a person, in Bahasa Indonesia unless the client asks for English
 * first. Used by {@link ApiExceptionMapper} (what JAX-RS answers) and {@link ApiErrorPages} (what the container
 * answers before JAX-RS: 401, 403, errors outside a resource).
 */
public final class ApiErrors {

    public static final String JSON_UTF8 = "application/json;charset=UTF-8";

    private static final String BUNDLE = "id.djpk.portal.web.i18n.messages";

    private ApiErrors() {
    }

    public static JsonObject body(int status, String detail, Locale locale) {
        JsonObjectBuilder o = Jsonp.JSON.createObjectBuilder().add("status", status)
                .add("error", detail == null || detail.isBlank() ? reason(status) : detail)
                .add("message", message(status, locale));
        return o.build();
    }

    /** A business refusal ({@code error} = its message key, {@code message} = its text in the client's language). */
    public static JsonObject refusal(int status, id.djpk.portal.system.BusinessException e, Locale locale) {
        return Jsonp.JSON.createObjectBuilder().add("status", status).add("error", e.getKey())
                .add("message", id.djpk.portal.system.Messages.text(locale, e)).build();
    }

    /**
     * Bad input, field by field: 400 {@code {"errors": {field: message}}}, each message in the client's language
     * (the contracts of the blasts and HAI Kemenkeu APIs).
     */
    public static jakarta.ws.rs.core.Response fieldErrors(List<id.djpk.portal.system.Violation> violations, Locale locale) {
        JsonObjectBuilder errors = Jsonp.JSON.createObjectBuilder();
        for (id.djpk.portal.system.Violation v : violations) {
            errors.add(v.field(), id.djpk.portal.system.Messages.text(locale, v.key(), v.arguments().toArray()));
        }
        return jakarta.ws.rs.core.Response.status(400).type(JSON_UTF8)
                .entity(Jsonp.JSON.createObjectBuilder().add("errors", errors).build().toString()).build();
    }

    /** Indonesian unless the first language the client accepts is English. */
    public static Locale locale(List<Locale> accepted) {
        boolean english = !accepted.isEmpty() && "en".equals(accepted.get(0).getLanguage());
        return english ? Locale.ENGLISH : Locale.forLanguageTag("id");
    }

    static String message(int status, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        try {
            return bundle.getString("api.error." + status);
        } catch (MissingResourceException e) {
            return bundle.getString(status >= 500 ? "api.error.500" : "api.error.400");
        }
    }

    static String reason(int status) {
        jakarta.ws.rs.core.Response.Status known = jakarta.ws.rs.core.Response.Status.fromStatusCode(status);
        return known == null ? "HTTP " + status : known.getReasonPhrase();
    }
}
