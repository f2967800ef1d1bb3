package id.djpk.portal.web.helpdesk;

import id.djpk.portal.helpdesk.HaiForwarding;
import id.djpk.portal.system.InvalidInputException;
import id.djpk.portal.system.Jsonp;
import id.djpk.portal.system.Violation;
import id.djpk.portal.web.api.ApiErrors;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Tickets forwarded by HAI Kemenkeu (a contract agreed with HAI): {@code POST /portal/api/channels/hai} with
 * {@code {"externalId", "name", "email", "phone", "subject", "message", "createdAt"}} → 201 {@code {"ticket"}}; the
 * same {@code externalId} again → 200 with the same ticket; bad input → 400 {@code {"errors": {field: message}}}
 * (Indonesian unless the caller asks for English). HTTP Basic with an integration account (role INTEGRATION,
 * web.xml).
 */
@Path("channels/hai")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class HaiResource {

    /** How often a forward that collided with a concurrent one is tried again before it fails. */
    static final int ATTEMPTS = 3;

    @Inject
    private HaiForwarding hai;

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response forward(String body) {
        Locale locale = ApiErrors.locale(headers.getAcceptableLanguages());
        JsonObject in;
        try (JsonReader r = Jsonp.JSON.createReader(new StringReader(body == null ? "" : body))) {
            in = r.readObject();
        } catch (JsonException | IllegalStateException e) {
            return ApiErrors.fieldErrors(List.of(Violation.of("body", "hai.jsonObject")), locale);
        }
        HaiForwarding.Forwarded f = new HaiForwarding.Forwarded(text(in, "externalId"), text(in, "name"), text(in, "email"),
                text(in, "phone"), text(in, "subject"), text(in, "message"), text(in, "createdAt"));
        // simultaneous repeats of one id, on this instance or others: the database's unique source reference lets one
        // open the ticket; the others find it (ForwardedMeanwhile) or collide on the key and find it when tried again
        HaiForwarding.Result result = forwardOnce(f);
        if (result == null) {
            return ApiErrors.fieldErrors(invalid, locale);
        }
        JsonObject answer = Jsonp.JSON.createObjectBuilder().add("ticket", result.ticket()).build();
        Response.ResponseBuilder r = result.created()
                ? Response.created(uri.getBaseUriBuilder().path("tickets").path(result.ticket()).build())
                : Response.ok();
        return r.type(ApiErrors.JSON_UTF8).entity(answer.toString()).build();
    }

    private List<Violation> invalid;

    /** The forward, tried again after a collision with a concurrent one; null when refused ({@link #invalid}). */
    private HaiForwarding.Result forwardOnce(HaiForwarding.Forwarded f) {
        HaiForwarding.Result result = null;
        for (int attempt = 1; result == null; attempt++) {
            try {
                result = hai.forward(f);
            } catch (InvalidInputException e) {
                invalid = e.getViolations();
                return null;
            } catch (HaiForwarding.ForwardedMeanwhile e) {
                result = new HaiForwarding.Result(e.ticket(), false);
            } catch (EJBException e) {
                // a concurrent forward of the same id committed first (the unique source reference refused this
                // one), or it still holds the lock this one waited for: its ticket is this one's, else try again
                Optional<String> known = hai.find(f.externalId());
                if (known.isPresent()) {
                    result = new HaiForwarding.Result(known.get(), false);
                } else if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
        return result;
    }

    /** A string as given; HAI's ids may come as numbers. Anything else counts as missing. */
    private static String text(JsonObject o, String key) {
        if (o.get(key) instanceof JsonString s) {
            return s.getString();
        }
        return o.get(key) instanceof JsonNumber n ? n.toString() : null;
    }
}
