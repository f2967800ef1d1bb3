package id.djpk.portal.web.whatsapp;

import id.djpk.portal.system.Jsonp;
import id.djpk.portal.system.OfficeClock;
import id.djpk.portal.web.api.MonthParameter;
import id.djpk.portal.whatsapp.ChatbotFigures;
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

/**
 * {@code GET /portal/api/stats/chatbot?month=YYYY-MM} (AGENT, REPORT_EDITOR, ADMIN; a public contract):
 * {@code {"month", "conversations", "users", "menus": {"1": n, …, "9": n}, "abandoned", "handedOver"}}.
 */
@Path("stats/chatbot")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ChatbotResource {

    @Inject
    private ChatbotFigures figures;

    @Inject
    private OfficeClock clock;

    @GET
    public JsonObject month(@QueryParam("month") String month) {
        YearMonth m = MonthParameter.of(clock, month);
        ChatbotFigures.Month f = figures.of(m);
        JsonObjectBuilder menus = Jsonp.JSON.createObjectBuilder();
        f.menus().forEach((item, users) -> menus.add(Integer.toString(item), users));
        return Jsonp.JSON.createObjectBuilder().add("month", m.toString()).add("conversations", f.conversations())
                .add("users", f.users()).add("menus", menus).add("abandoned", f.abandoned())
                .add("handedOver", f.handedOver()).build();
    }
}
