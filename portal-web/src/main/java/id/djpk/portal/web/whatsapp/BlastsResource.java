package id.djpk.portal.web.whatsapp;

import id.djpk.portal.helpdesk.UserCategory;
import id.djpk.portal.system.BusinessException;
import id.djpk.portal.system.InvalidInputException;
import id.djpk.portal.system.Jsonp;
import id.djpk.portal.system.Violation;
import id.djpk.portal.web.api.ApiErrors;
import id.djpk.portal.whatsapp.Blast;
import id.djpk.portal.whatsapp.Blasts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Blasts for scripts (a public contract; AGENT and ADMIN): {@code POST /portal/api/blasts} with
 * {@code {"name", "channel": "WHATSAPP"|"EMAIL", "template", "language", "parameters": [..], "subject", "body",
 * "segment": {"category", "provinceCode", "regionCode", "topic"}}} and optionally {@code "sendAt"} (ISO instant)
 * → 201 {@code {"id", "recipients"}}; {@code GET /portal/api/blasts/{id}} →
 * {@code {"id", "state", "recipients", "sent", "delivered", "read", "failed"}}.
 */
@Path("blasts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BlastsResource {

    @Inject
    private Blasts blasts;

    @Context
    private HttpHeaders headers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(String body) {
        Locale locale = ApiErrors.locale(headers.getAcceptableLanguages());
        JsonObject in;
        try (JsonReader r = Jsonp.JSON.createReader(new StringReader(body == null ? "" : body))) {
            in = r.readObject();
        } catch (JsonException | IllegalStateException e) {
            return Response.status(400).type(ApiErrors.JSON_UTF8).entity(ApiErrors.body(400, "a JSON object", locale).toString()).build();
        }
        JsonObject seg = in.get("segment") instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT;
        List<String> parameters = new ArrayList<>();
        if (in.get("parameters") instanceof JsonArray a) {
            a.forEach(v -> parameters.add(v instanceof JsonString s ? s.getString() : v.toString()));
        }
        try {
            Blast.BlastChannel channel = enumOf(Blast.BlastChannel.class, text(in, "channel"), "channel", "blast.channel");
            UserCategory category = enumOf(UserCategory.class, text(seg, "category"), "segment.category", "helpdesk.required");
            Instant sendAt = text(in, "sendAt") == null ? null : Instant.parse(text(in, "sendAt"));
            Blast.Segment segment = new Blast.Segment(category, text(seg, "provinceCode"), text(seg, "regionCode"), text(seg, "topic"));
            Blast b = blasts.create(text(in, "name"), channel, text(in, "template"), text(in, "language"), parameters,
                    text(in, "subject"), text(in, "body"), segment, sendAt);
            int recipients = b.getState() == Blast.State.SCHEDULED ? blasts.preview(channel, segment) : b.getRecipients();
            return Response.status(201).type(ApiErrors.JSON_UTF8)
                    .entity(Jsonp.JSON.createObjectBuilder().add("id", b.getId()).add("recipients", recipients).build().toString()).build();
        } catch (InvalidInputException e) {
            return ApiErrors.fieldErrors(e.getViolations(), locale);
        } catch (DateTimeParseException e) {
            return Response.status(400).type(ApiErrors.JSON_UTF8)
                    .entity(ApiErrors.body(400, "sendAt must be an ISO instant (2026-06-01T02:00:00Z)", locale).toString()).build();
        }
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        Locale locale = ApiErrors.locale(headers.getAcceptableLanguages());
        try {
            Blasts.Progress p = blasts.progress(Long.parseLong(id));
            return Response.ok(Jsonp.JSON.createObjectBuilder().add("id", p.id()).add("state", p.state().name())
                    .add("recipients", p.recipients()).add("sent", p.sent()).add("delivered", p.delivered())
                    .add("read", p.read()).add("failed", p.failed()).build().toString(), ApiErrors.JSON_UTF8).build();
        } catch (NumberFormatException | BusinessException e) {
            return Response.status(404).type(ApiErrors.JSON_UTF8).entity(ApiErrors.body(404, null, locale).toString()).build();
        }
    }

    private static String text(JsonObject o, String key) {
        return o.get(key) instanceof JsonString s && !s.getString().isBlank() ? s.getString().strip() : null;
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value, String field, String key) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(List.of(Violation.of(field, key)));
        }
    }
}
