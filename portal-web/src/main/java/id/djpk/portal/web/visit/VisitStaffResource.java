package id.djpk.portal.web.visit;

import id.djpk.portal.system.Jsonp;
import id.djpk.portal.visit.MonthlyLists;
import id.djpk.portal.system.OfficeClock;
import id.djpk.portal.visit.VisitReport;
import id.djpk.portal.web.api.MonthParameter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * {@code /portal/api/visits/monthly?month=2024-05}: the month's visits and video conferences for the report
 * (desk, report editors, administrators; web.xml).
 */
@Path("visits")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class VisitStaffResource {

    @Inject
    private VisitReport report;

    @Inject
    private OfficeClock clock;

    @Context
    private SecurityContext security;

    /**
     * Test only: moves the visit desk's clock of the staff portal to {@code at} (ISO date-time with offset),
     * or back to the system clock without it. Answers 404 unless {@code portal.clock.adjustable=true}.
     */
    @PUT
    @Path("clock")
    public JsonObject clock(@QueryParam("at") String at) {
        if (!clock.isAdjustable()) {
            throw new NotFoundException();
        }
        if (!security.isUserInRole("DESK") && !security.isUserInRole("ADMIN")) {
            throw new ForbiddenException();
        }
        try {
            clock.runFrom(at == null || at.isBlank() ? null : OffsetDateTime.parse(at.trim()).toInstant());
        } catch (DateTimeParseException e) {
            throw new BadRequestException("at must be like 2026-12-10T09:05+07:00");
        }
        return Jsonp.JSON.createObjectBuilder().add("now", clock.now().toString()).build();
    }

    @GET
    @Path("monthly")
    public JsonObject monthly(@QueryParam("month") String month) {
        YearMonth m = MonthParameter.of(clock, month);
        MonthlyLists lists = report.monthly(m);
        JsonArrayBuilder v = Jsonp.JSON.createArrayBuilder();
        for (MonthlyLists.VisitRow r : lists.visits()) {
            v.add(Jsonp.JSON.createObjectBuilder().add("code", r.code()).add("date", r.date().toString())
                    .add("region", r.region()).add("institution", r.institution())
                    .add("guests", r.guestsArrived()).add("admitted", r.guestsAdmitted())
                    .add("breach", r.breach()).add("topics", r.topics()));
        }
        JsonArrayBuilder c = Jsonp.JSON.createArrayBuilder();
        for (MonthlyLists.ConferenceRow r : lists.videoConferences()) {
            c.add(Jsonp.JSON.createObjectBuilder().add("code", r.code()).add("date", r.date().toString())
                    .add("region", r.region()).add("institution", r.institution()).add("topics", r.topics()));
        }
        return Jsonp.JSON.createObjectBuilder().add("month", m.toString()).add("visits", v).add("videoConferences", c)
                .add("breaches", lists.breaches()).build();
    }
}
