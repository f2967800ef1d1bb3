package id.djpk.portal.web.livechat;

import id.djpk.portal.livechat.AgentPresence;
import id.djpk.portal.livechat.LiveChatService;
import id.djpk.portal.system.Jsonp;
import id.djpk.portal.system.OfficeClock;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.io.StringReader;

/**
 * {@code PUT /portal/api/livechat/presence} with {@code {"available": true|false}} (AGENT, ADMIN): the
 * calling agent is available for the live queue or away; {@code GET} reads it. Both answer
 * {@code {"agent", "available"}}, available meaning set available and not silent for two minutes; a call counts
 * as a sign of life.
 */
@Path("livechat/presence")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PresenceResource {

    @Inject
    private LiveChatService chats;

    @Inject
    private OfficeClock clock;

    @Context
    private SecurityContext security;

    @PUT
    // JSON only: a browser form cannot send it to another site without asking first (CSRF)
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject set(String json) {
        Boolean available;
        try (JsonReader reader = Jsonp.JSON.createReader(new StringReader(json == null ? "" : json))) {
            JsonValue v = reader.readObject().get("available");
            available = v == JsonValue.TRUE ? Boolean.TRUE : v == JsonValue.FALSE ? Boolean.FALSE : null;
        } catch (JsonException | IllegalStateException | ClassCastException e) {
            available = null;
        }
        if (available == null) {
            throw new BadRequestException("the body must be a JSON object {\"available\": true|false}");
        }
        AgentPresence p = chats.setPresence(security.getUserPrincipal().getName(), available);
        return body(p.getUsername(), p.availableAt(clock.now()));
    }

    @GET
    public JsonObject get() {
        String agent = security.getUserPrincipal().getName();
        chats.seen(agent);
        return body(agent, chats.isAvailable(agent));
    }

    private static JsonObject body(String agent, boolean available) {
        return Jsonp.JSON.createObjectBuilder().add("agent", agent).add("available", available).build();
    }
}
