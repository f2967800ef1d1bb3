package id.djpk.portal.web.publication;

import id.djpk.portal.identity.Role;
import id.djpk.portal.publication.Publication;
import id.djpk.portal.publication.PublicationService;
import id.djpk.portal.publication.PublicationStatus;
import id.djpk.portal.publication.PublicationType;
import id.djpk.portal.publication.ResultPage;
import id.djpk.portal.system.Jsonp;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/** {@code GET /portal/api/publications}: every publication in every state, for publishers and administrators. */
@Path("publications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PublicationsStaffResource {

    @Inject
    private PublicationService publications;

    @Context
    private SecurityContext security;

    @GET
    public JsonObject publications(@QueryParam("type") String type, @QueryParam("status") String status,
                                   @QueryParam("page") @DefaultValue("0") int page,
                                   @QueryParam("size") @DefaultValue("50") int size) {
        if (!security.isUserInRole(Role.PUBLISHER.name()) && !security.isUserInRole(Role.ADMIN.name())) {
            throw new ForbiddenException();
        }
        PublicationType t;
        PublicationStatus s;
        try {
            t = type == null || type.isBlank() ? null : PublicationType.valueOf(type);
            s = status == null || status.isBlank() ? null : PublicationStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("unknown type or status");
        }
        ResultPage<Publication> result = publications.staffList(t, s, null, Math.max(0, page), Math.max(1, Math.min(size, 200)));
        JsonArrayBuilder items = Jsonp.JSON.createArrayBuilder();
        for (Publication p : result.items()) {
            JsonObjectBuilder o = Jsonp.JSON.createObjectBuilder()
                    .add("id", p.getId()).add("type", p.getType().name()).add("title", p.getTitle())
                    .add("slug", p.getSlug()).add("status", p.getStatus().name())
                    .add("date", p.getDocDate().toString())
                    .add("updatedAt", p.getUpdatedAt().toString()).add("updatedBy", p.getUpdatedBy());
            if (p.getPublishAt() != null) {
                o.add("publishAt", p.getPublishAt().toString());
            }
            items.add(o);
        }
        return Jsonp.JSON.createObjectBuilder().add("items", items).add("total", result.total())
                .add("page", result.page()).add("size", result.size()).build();
    }
}
