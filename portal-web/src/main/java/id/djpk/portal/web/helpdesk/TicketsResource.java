package id.djpk.portal.web.helpdesk;

import id.djpk.portal.helpdesk.AgentDesk;
import id.djpk.portal.helpdesk.Channel;
import id.djpk.portal.helpdesk.Ticket;
import id.djpk.portal.helpdesk.TicketAttachment;
import id.djpk.portal.helpdesk.TicketMessage;
import id.djpk.portal.helpdesk.TicketPage;
import id.djpk.portal.helpdesk.TicketQueues;
import id.djpk.portal.helpdesk.TicketStatus;
import id.djpk.portal.system.BusinessException;
import id.djpk.portal.system.InvalidInputException;
import id.djpk.portal.system.Jsonp;
import id.djpk.portal.web.api.ApiErrors;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;

/**
 * The staff ticket API, for scripts and the coming WhatsApp and live-chat bridges: the list with
 * filters ({@code GET /portal/api/tickets?channel=EMAIL&status=OPEN&q=…&page=0&size=50}), one ticket with its
 * conversation ({@code GET /portal/api/tickets/{number}}) and an answer through the ticket's channel
 * ({@code POST /portal/api/tickets/{number}/replies}). Agents and administrators (web.xml); the keys are a
 * contract, kept exactly.
 */
@Path("tickets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TicketsResource {

    static final int MAX_SIZE = 200;

    @Inject
    private TicketQueues queues;

    @Inject
    private AgentDesk desk;

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    /** Newest first; {@code q} looks in the number, subject, the thread's text and the requester's name, e-mail and phone. */
    @GET
    public JsonObject list(@QueryParam("channel") String channel, @QueryParam("status") String status,
                           @QueryParam("q") String q, @QueryParam("page") String page, @QueryParam("size") String size) {
        Channel c = parse(Channel.class, "channel", channel);
        TicketStatus s = parse(TicketStatus.class, "status", status);
        int p = number("page", page, 0, 0, Integer.MAX_VALUE / MAX_SIZE);
        int n = number("size", size, 50, 1, MAX_SIZE);
        if (q != null && q.length() > 200) {
            throw new BadRequestException("q must be at most 200 characters");
        }
        TicketPage found = queues.apiSearch(c, s, q, p * n, n);
        JsonArrayBuilder items = Jsonp.JSON.createArrayBuilder();
        for (Ticket t : found.tickets()) {
            items.add(Jsonp.JSON.createObjectBuilder().add("number", t.getNumber()).add("channel", t.getChannel().name())
                    .add("subject", t.getSubject()).add("status", t.getStatus().name())
                    .add("createdAt", t.getCreatedAt().toString()).add("requester", requester(t)));
        }
        return Jsonp.JSON.createObjectBuilder().add("total", found.total()).add("items", items).build();
    }

    /** The ticket with its conversation, oldest first: what the requester wrote (IN) and the answers (OUT). */
    @GET
    @Path("{number}")
    public JsonObject ticket(@PathParam("number") String number) {
        Ticket t = queues.find(number).orElseThrow(() -> new NotFoundException("no ticket " + number));
        JsonArrayBuilder topics = Jsonp.JSON.createArrayBuilder();
        t.getTopics().forEach(topics::add);
        JsonArrayBuilder messages = Jsonp.JSON.createArrayBuilder();
        for (TicketMessage m : t.getMessages()) {
            if (m.getDirection() == null) {
                continue; // notes, Layer 2's drafts and events stay inside the portal
            }
            JsonArrayBuilder files = Jsonp.JSON.createArrayBuilder();
            for (TicketAttachment a : m.getAttachments()) {
                files.add(Jsonp.JSON.createObjectBuilder().add("name", a.getFileName()).add("size", a.getSizeBytes())
                        .add("sha256", a.getSha256()));
            }
            JsonObjectBuilder o = Jsonp.JSON.createObjectBuilder().add("direction", m.getDirection().name());
            text(o, "channel", m.getChannel() == null ? null : m.getChannel().name());
            o.add("body", m.getBody()).add("at", m.getAt().toString());
            text(o, "status", m.getDeliveryStatus() == null ? null : m.getDeliveryStatus().name());
            messages.add(o.add("attachments", files));
        }
        return Jsonp.JSON.createObjectBuilder().add("number", t.getNumber()).add("channel", t.getChannel().name())
                .add("subject", t.getSubject()).add("status", t.getStatus().name()).add("topics", topics)
                .add("createdAt", t.getCreatedAt().toString()).add("requester", requester(t))
                .add("messages", messages).build();
    }

    /**
     * An answer, sent through the ticket's channel (an e-mailed question by e-mail, in its conversation): 201
     * with the ticket's number and the answer's delivery status ({@code QUEUED}; null when the requester has no
     * address the portal can write to). 404 for an unknown number, 400 for an empty or unreadable body, 409 when
     * the ticket takes no answers (closed, merged).
     */
    @POST
    @Path("{number}/replies")
    // JSON only: a browser form cannot send it to another site without asking first (CSRF)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response reply(@PathParam("number") String number, String json) {
        Ticket found = queues.find(number).orElseThrow(() -> new NotFoundException("no ticket " + number));
        String body;
        try (JsonReader reader = Jsonp.JSON.createReader(new StringReader(json == null ? "" : json))) {
            JsonValue value = reader.readObject().get("body");
            body = value instanceof JsonString text ? text.getString() : null;
        } catch (JsonException | IllegalStateException | ClassCastException e) {
            throw new BadRequestException("the body must be a JSON object {\"body\": \"…\"}");
        }
        if (body == null || body.isBlank()) {
            throw new BadRequestException("body is required");
        }
        Ticket t;
        try {
            t = desk.reply(found.getNumber(), body, List.of());
        } catch (InvalidInputException e) {
            return failure(Response.Status.BAD_REQUEST, e);
        } catch (BusinessException e) {
            return failure(Response.Status.CONFLICT, e);
        }
        TicketMessage answer = t.lastMessage();
        JsonObjectBuilder o = Jsonp.JSON.createObjectBuilder().add("ticket", t.getNumber());
        text(o, "status", answer.getDeliveryStatus() == null ? null : answer.getDeliveryStatus().name());
        return Response.created(uri.getBaseUriBuilder().path("tickets").path(t.getNumber()).build())
                .entity(o.build()).type(ApiErrors.JSON_UTF8).build();
    }

    private static JsonObject requester(Ticket t) {
        JsonObjectBuilder o = Jsonp.JSON.createObjectBuilder();
        text(o, "name", t.getRequesterName());
        text(o, "email", t.getRequesterEmail());
        text(o, "phone", t.getRequesterPhone());
        return o.build();
    }

    private static void text(JsonObjectBuilder o, String key, String value) {
        if (value == null) {
            o.addNull(key);
        } else {
            o.add(key, value);
        }
    }

    /** A business refusal in the API's error shape, its message in the client's language. */
    private Response failure(Response.Status status, BusinessException e) {
        JsonObject o = ApiErrors.refusal(status.getStatusCode(), e, ApiErrors.locale(headers.getAcceptableLanguages()));
        return Response.status(status).type(ApiErrors.JSON_UTF8).entity(o).build();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("unknown " + name + " " + value.trim());
        }
    }

    private static int number(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new BadRequestException(name + " must be a whole number from " + min + " to " + max);
    }
}
