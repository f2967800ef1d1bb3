package id.djpk.portal.web.admin;

import id.djpk.portal.audit.AuditTrail;
import id.djpk.portal.document.Sealing;
import id.djpk.portal.system.Jsonp;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code POST /portal/api/admin/sealing/rotate} (administrators; web.xml guards the path): a new key pair for personal
 * files. New files are sealed with it; files sealed before still open. Copy the new public key file to any public-site
 * machine that does not share the data directory (docs/operations.md, "Personal files").
 */
@Path("admin/sealing")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SealingResource {

    @Inject
    private Sealing sealing;

    @Inject
    private AuditTrail audit;

    @POST
    @Path("rotate")
    public JsonObject rotate() {
        sealing.rotate();
        audit.recordIndependently(audit.currentActor(), "SEALING_KEY_ROTATED", "Sealing", null, sealing.publicKeyPath().toString());
        return Jsonp.JSON.createObjectBuilder().add("publicKey", sealing.publicKeyPath().toString()).build();
    }
}
