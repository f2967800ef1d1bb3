package id.djpk.portal.web.stats;

import id.djpk.portal.sitestats.MonthlyTraffic;
import id.djpk.portal.sitestats.SiteStatistics;
import id.djpk.portal.system.Jsonp;
import id.djpk.portal.system.OfficeClock;
import id.djpk.portal.web.api.MonthParameter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.YearMonth;

/** {@code GET /portal/api/stats/traffic}: the public site's traffic of a month, for reporting tools and scripts. */
@Path("stats/traffic")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TrafficResource {

    @Inject
    private SiteStatistics statistics;

    @Inject
    private OfficeClock clock;

    /** Visitors (sum of daily unique visitors), page views and the most-visited pages of a month (blank: this one). */
    @GET
    public JsonObject traffic(@QueryParam("month") String month, @QueryParam("top") @DefaultValue("20") int top) {
        YearMonth m = MonthParameter.of(clock, month);
        MonthlyTraffic t = statistics.month(m, Math.max(1, Math.min(top, 100)));
        return Jsonp.JSON.createObjectBuilder()
                .add("month", m.toString())
                .add("visitors", t.visitors())
                .add("pageViews", t.pageViews())
                .add("topPages", t.topPagesJson()).build();
    }
}
