package id.djpk.portal.site.api;

import id.djpk.portal.site.publication.ContentSync;
import id.djpk.portal.system.Jsonp;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/status}: how far this instance has caught up. {@code revision} goes up on every
 * change this instance applied (its page cache follows it), {@code indexed} counts the searchable
 * publications, {@code contentRevision} is the database revision it has caught up with.
 */
@Path("status")
@RequestScoped
@Tag(name = "Status", description = "Keadaan sinkronisasi instans ini")
public class StatusResource {

    @Inject
    private ContentSync content;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revisi konten dan jumlah publikasi terindeks pada instans ini")
    public Response status() {
        JsonObject body = Jsonp.JSON.createObjectBuilder()
                .add("revision", content.revision())
                .add("indexed", content.indexed())
                .add("contentRevision", content.contentRevision())
                .build();
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        noStore.setNoCache(true);
        return Response.ok(body).cacheControl(noStore).build();
    }
}
