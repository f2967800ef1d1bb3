package id.djpk.portal.web.api;

import id.djpk.portal.ppid.Decision;
import id.djpk.portal.ppid.ObjectionOutcome;
import id.djpk.portal.ppid.PpidFigures;
import id.djpk.portal.ppid.PpidFiguresQuery;
import id.djpk.portal.system.Jsonp;
import id.djpk.portal.system.OfficeClock;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.YearMonth;
import java.util.Map;

/**
 * The PPID figures of a month for the monthly report and scripts (PPID roles, administrators and report
 * editors, by web.xml). Anonymous: counts only, never a requester.
 */
@Path("ppid")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PpidResource {

    @Inject
    private PpidFiguresQuery figuresQuery;

    @Inject
    private OfficeClock clock;

    /** {@code GET /portal/api/ppid/figures?month=YYYY-MM} (default: the current month). */
    @GET
    @Path("figures")
    public JsonObject figures(@QueryParam("month") String month) {
        YearMonth m = MonthParameter.of(clock, month, "month must be YYYY-MM");
        PpidFigures f = figuresQuery.figures(m);
        JsonObjectBuilder decided = Jsonp.JSON.createObjectBuilder();
        for (Decision d : Decision.values()) {
            decided.add(d.name(), f.decided().get(d));
        }
        JsonObjectBuilder outcomes = Jsonp.JSON.createObjectBuilder();
        for (ObjectionOutcome o : ObjectionOutcome.values()) {
            outcomes.add(o.name(), f.objectionOutcomes().get(o));
        }
        JsonObjectBuilder topics = Jsonp.JSON.createObjectBuilder();
        for (Map.Entry<String, Long> t : f.topics().entrySet()) {
            topics.add(t.getKey(), t.getValue());
        }
        JsonObjectBuilder o = Jsonp.JSON.createObjectBuilder()
                .add("month", m.toString())
                .add("received", f.received())
                .add("receivedYearToDate", f.receivedYearToDate())
                .add("decided", decided)
                .add("decidedTotal", f.decidedTotal());
        if (f.averageWorkingDays() == null) {
            o.addNull("averageWorkingDaysToDecision");
        } else {
            o.add("averageWorkingDaysToDecision", Math.round(f.averageWorkingDays() * 10) / 10.0);
        }
        return o.add("overdue", f.overdue())
                .add("objections", f.objectionsFiled())
                .add("objectionOutcomes", outcomes)
                .add("topics", topics)
                .build();
    }
}
