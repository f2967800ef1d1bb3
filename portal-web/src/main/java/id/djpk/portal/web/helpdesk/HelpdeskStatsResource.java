package id.djpk.portal.web.helpdesk;

import id.djpk.portal.helpdesk.HelpdeskFiguresQuery;
import id.djpk.portal.system.OfficeClock;
import id.djpk.portal.web.api.MonthParameter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.YearMonth;

/** {@code GET /portal/api/stats/helpdesk?month=YYYY-MM}: one month of the contact center's figures. */
@Path("stats/helpdesk")
@RequestScoped
public class HelpdeskStatsResource {

    @Inject
    private HelpdeskFiguresQuery helpdesk;

    @Inject
    private OfficeClock clock;

    @Context
    private SecurityContext security;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject figures(@QueryParam("month") String month) {
        // the roles are checked here too, not only by web.xml's address patterns
        if (!security.isUserInRole("AGENT") && !security.isUserInRole("REPORT_EDITOR") && !security.isUserInRole("ADMIN")) {
            throw new ForbiddenException();
        }
        YearMonth m = MonthParameter.of(clock, month);
        return HelpdeskResource.json(helpdesk.figures(m));
    }
}
