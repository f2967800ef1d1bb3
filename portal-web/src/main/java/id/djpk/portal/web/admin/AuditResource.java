package id.djpk.portal.web.admin;

import id.djpk.portal.audit.AuditEntry;
import id.djpk.portal.audit.AuditTrail;
import id.djpk.portal.system.Jsonp;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /portal/api/admin/audit}: the newest audit entries, for administrators (web.xml guards the path). */
@Path("admin/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    private AuditTrail audit;

    @GET
    public JsonObject audit(@QueryParam("first") @DefaultValue("0") int first,
                            @QueryParam("max") @DefaultValue("100") int max) {
        JsonArrayBuilder items = Jsonp.JSON.createArrayBuilder();
        for (AuditEntry e : audit.recent(Math.max(0, first), Math.max(1, Math.min(max, 500)))) {
            JsonObjectBuilder o = Jsonp.JSON.createObjectBuilder().add("id", e.getId()).add("at", e.getAt().toString())
                    .add("actor", e.getActor()).add("action", e.getAction()).add("entityType", e.getEntityType());
            if (e.getEntityId() != null) {
                o.add("entityId", e.getEntityId());
            }
            if (e.getDetail() != null) {
                o.add("detail", e.getDetail());
            }
            items.add(o);
        }
        return Jsonp.JSON.createObjectBuilder().add("items", items).add("total", audit.count()).build();
    }
}
