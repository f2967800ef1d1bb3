package id.djpk.portal.web.api;

import id.djpk.portal.audit.AuditEntry;
import id.djpk.portal.audit.AuditTrail;
import id.djpk.portal.identity.Role;
import id.djpk.portal.publication.Publication;
import id.djpk.portal.publication.PublicationService;
import id.djpk.portal.publication.PublicationStatus;
import id.djpk.portal.publication.PublicationType;
import id.djpk.portal.publication.ResultPage;
import id.djpk.portal.sitestats.MonthlyTraffic;
import id.djpk.portal.sitestats.SiteStatistics;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
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
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/** Read endpoints for reporting tools and scripts. */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StaffResource {

    @Inject
    private SiteStatistics statistics;

    @Inject
    private PublicationService publications;

    @Inject
    private AuditTrail audit;

    @Context
    private SecurityContext security;

    /** Who the caller is, and their roles. */
    @GET
    @Path("me")
    public JsonObject me() {
        JsonArrayBuilder roles = Json.createArrayBuilder();
        Arrays.stream(Role.values()).filter(r -> security.isUserInRole(r.name())).forEach(r -> roles.add(r.name()));
        return Json.createObjectBuilder()
                .add("username", security.getUserPrincipal().getName())
                .add("roles", roles).build();
    }

    /** Visitors (sum of daily unique visitors), page views and the most-visited pages of a month. */
    @GET
    @Path("stats/traffic")
    public JsonObject traffic(@QueryParam("month") String month, @QueryParam("top") @DefaultValue("20") int top) {
        YearMonth m;
        try {
            m = month == null || month.isBlank() ? YearMonth.now(ZoneId.of("Asia/Jakarta")) : YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw new BadRequestException("month must be yyyy-MM");
        }
        MonthlyTraffic t = statistics.month(m, Math.max(1, Math.min(top, 100)));
        JsonArrayBuilder pages = Json.createArrayBuilder();
        t.topPages().forEach(p -> pages.add(Json.createObjectBuilder().add("path", p.path()).add("views", p.views())));
        return Json.createObjectBuilder()
                .add("month", m.toString())
                .add("visitors", t.visitors())
                .add("pageViews", t.pageViews())
                .add("topPages", pages).build();
    }

    /** Every publication in every state (publishers and administrators). */
    @GET
    @Path("publications")
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
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (Publication p : result.items()) {
            JsonObjectBuilder o = Json.createObjectBuilder()
                    .add("id", p.getId()).add("type", p.getType().name()).add("title", p.getTitle())
                    .add("slug", p.getSlug()).add("status", p.getStatus().name())
                    .add("date", p.getDocDate().toString())
                    .add("updatedAt", p.getUpdatedAt().toString()).add("updatedBy", p.getUpdatedBy());
            if (p.getPublishAt() != null) {
                o.add("publishAt", p.getPublishAt().toString());
            }
            items.add(o);
        }
        return Json.createObjectBuilder().add("items", items).add("total", result.total())
                .add("page", result.page()).add("size", result.size()).build();
    }

    /** The newest audit entries (administrators). */
    @GET
    @Path("admin/audit")
    public JsonObject audit(@QueryParam("first") @DefaultValue("0") int first,
                            @QueryParam("max") @DefaultValue("100") int max) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (AuditEntry e : audit.recent(Math.max(0, first), Math.max(1, Math.min(max, 500)))) {
            JsonObjectBuilder o = Json.createObjectBuilder().add("id", e.getId()).add("at", e.getAt().toString())
                    .add("actor", e.getActor()).add("action", e.getAction()).add("entityType", e.getEntityType());
            if (e.getEntityId() != null) {
                o.add("entityId", e.getEntityId());
            }
            if (e.getDetail() != null) {
                o.add("detail", e.getDetail());
            }
            items.add(o);
        }
        return Json.createObjectBuilder().add("items", items).add("total", audit.count()).build();
    }
}
