package id.djpk.portal.web.admin;

import id.djpk.portal.system.Backups;
import id.djpk.portal.system.Jsonp;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/**
 * {@code /portal/api/admin/backups} (administrators; web.xml guards the path): {@code GET} lists the backups on disk,
 * {@code POST} takes one now (201 with its name, size, file count and duration; 409 while another runs; 409 with
 * the advice to use pg_dump on PostgreSQL). {@code ./portal backup} calls it.
 */
@Path("admin/backups")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BackupResource {

    @Inject
    private Backups backups;

    @Context
    private SecurityContext security;

    @GET
    public JsonObject list() {
        JsonArrayBuilder items = Jsonp.JSON.createArrayBuilder();
        for (Backups.Backup b : backups.list()) {
            items.add(json(b));
        }
        return Jsonp.JSON.createObjectBuilder().add("directory", backups.directory().toString()).add("items", items).build();
    }

    @POST
    public Response take() {
        Backups.Taken taken = backups.take(security.getUserPrincipal().getName());
        return Response.status(Response.Status.CREATED).entity(Jsonp.JSON.createObjectBuilder(json(taken.backup()))
                .add("path", backups.directory().resolve(taken.backup().name()).toString())
                .add("files", taken.files()).add("tookMillis", taken.millis()).build()).build();
    }

    private static JsonObject json(Backups.Backup b) {
        return Jsonp.JSON.createObjectBuilder().add("name", b.name()).add("bytes", b.bytes())
                .add("takenAt", b.takenAt().toString()).build();
    }
}
