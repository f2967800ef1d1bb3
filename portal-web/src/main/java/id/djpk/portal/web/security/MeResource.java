package id.djpk.portal.web.security;

import id.djpk.portal.identity.Role;
import id.djpk.portal.system.Jsonp;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Arrays;

/** {@code GET /portal/api/me}: who the caller is, and their roles. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Context
    private SecurityContext security;

    @GET
    public JsonObject me() {
        JsonArrayBuilder roles = Jsonp.JSON.createArrayBuilder();
        Arrays.stream(Role.values()).filter(r -> security.isUserInRole(r.name())).forEach(r -> roles.add(r.name()));
        return Jsonp.JSON.createObjectBuilder()
                .add("username", security.getUserPrincipal().getName())
                .add("roles", roles).build();
    }
}
