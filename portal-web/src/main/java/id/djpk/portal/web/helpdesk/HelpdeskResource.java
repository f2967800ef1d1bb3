package id.djpk.portal.web.helpdesk;

import id.djpk.portal.helpdesk.HelpdeskFigures;
import id.djpk.portal.helpdesk.HelpdeskImport;
import id.djpk.portal.helpdesk.ImportError;
import id.djpk.portal.helpdesk.ImportReport;
import id.djpk.portal.reference.TimeZoneCode;
import id.djpk.portal.system.Jsonp;
import id.djpk.portal.system.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;

/**
 * The import of the previous CRM's history ({@code POST /portal/api/helpdesk/import}, {@code text/csv}) and the
 * JSON form of the figures ({@link HelpdeskStatsResource}). Roles per path in web.xml.
 */
@Path("helpdesk")
@RequestScoped
public class HelpdeskResource {

    @Inject
    private HelpdeskImport imports;

    @POST
    @Path("import")
    // text/csv only: a browser form can send text/plain to another site without asking it first (CSRF)
    @Consumes("text/csv")
    @Produces(MediaType.APPLICATION_JSON)
    public Response importCsv(InputStream csv) {
        ImportReport report = imports.importCsv(csv);
        return Response.status(report.ok() ? Response.Status.OK : Response.Status.BAD_REQUEST)
                .entity(json(report, Locale.forLanguageTag("id-ID"))).build();
    }

    static JsonObject json(ImportReport report, Locale locale) {
        JsonArrayBuilder errors = Jsonp.JSON.createArrayBuilder();
        for (ImportError e : report.errors()) {
            errors.add(Jsonp.JSON.createObjectBuilder().add("line", e.line()).add("column", e.column())
                    .add("reason", Messages.text(locale, e.key(), e.arguments().toArray())));
        }
        return Jsonp.JSON.createObjectBuilder().add("imported", report.imported()).add("unchanged", report.unchanged())
                .add("errors", errors).build();
    }

    /** The figures with the keys of the issue: every code with its count, averages as numbers or null. */
    static JsonObject json(HelpdeskFigures f) {
        JsonObjectBuilder hours = Jsonp.JSON.createObjectBuilder();
        for (TimeZoneCode z : TimeZoneCode.values()) {
            HelpdeskFigures.InOut io = f.serviceHours().get(z);
            hours.add(z.name(), Jsonp.JSON.createObjectBuilder().add("inside", io.inside()).add("outside", io.outside()));
        }
        hours.add("unidentified", f.unidentified());
        JsonObjectBuilder units = Jsonp.JSON.createObjectBuilder();
        f.l2Units().forEach((unit, s) -> units.add(unit, number(Jsonp.JSON.createObjectBuilder().add("count", s.count()),
                "averageScore", s.averageScore())));
        JsonArrayBuilder pemda = Jsonp.JSON.createArrayBuilder();
        for (HelpdeskFigures.Pemda p : f.topPemda()) {
            pemda.add(Jsonp.JSON.createObjectBuilder().add("regionCode", p.regionCode()).add("count", p.count())
                    .add("topics", counts(p.topics())));
        }
        JsonObjectBuilder satisfaction = Jsonp.JSON.createObjectBuilder();
        f.satisfaction().forEach((agent, s) -> {
            JsonObjectBuilder o = Jsonp.JSON.createObjectBuilder();
            number(o, "service", s.service());
            number(o, "answer", s.answer());
            satisfaction.add(agent, o.add("ratings", s.ratings()).add("distinctRequesters", s.distinctRequesters()));
        });
        return Jsonp.JSON.createObjectBuilder()
                .add("month", f.month().toString())
                .add("total", f.total())
                .add("byChannel", counts(f.byChannel()))
                .add("byCategory", counts(f.byCategory()))
                .add("byTopic", counts(f.byTopic()))
                .add("serviceHours", hours)
                .add("escalated", Jsonp.JSON.createObjectBuilder().add("count", f.escalated().count())
                        .add("outsideHours", f.escalated().outsideHours())
                        .add("outsideHoursEscalated", f.escalated().outsideHoursEscalated()))
                .add("l2Units", units)
                .add("topPemda", pemda)
                .add("satisfaction", satisfaction)
                .add("kbNeedingReview", counts(f.kbNeedingReview()))
                .build();
    }

    private static JsonObjectBuilder counts(Map<String, Long> counts) {
        JsonObjectBuilder o = Jsonp.JSON.createObjectBuilder();
        counts.forEach(o::add);
        return o;
    }

    private static JsonObjectBuilder number(JsonObjectBuilder o, String key, Double value) {
        return value == null ? o.addNull(key) : o.add(key, value);
    }
}
