package id.djpk.portal.site.whatsapp;

import id.djpk.portal.site.web.Pages;
import id.djpk.portal.system.Links;
import id.djpk.portal.whatsapp.Blasts;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;

/**
 * {@code /berhenti}: the link at the foot of every blast e-mail withdraws the consent to announcements. The code
 * travels in the fragment (never in logs); the page's script posts it, and a POST is needed (mail scanners that
 * open links do not withdraw anyone). Without JavaScript the code can be pasted.
 */
@WebServlet(urlPatterns = Links.UNSUBSCRIBE)
public class UnsubscribeServlet extends HttpServlet {

    static final String VIEW = "/WEB-INF/views/berhenti.xhtml";

    /** The page's model: ASK (the form), DONE, or UNKNOWN (a code that belongs to no e-mail). */
    public static final class Page implements Serializable {
        private final String state;

        Page(String state) {
            this.state = state;
        }

        public String getState() {
            return state;
        }
    }

    @Inject
    private Blasts blasts;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        Pages.noStore(response);
        Pages.render(request, response, VIEW, "unsubscribe", new Page("ASK"));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        Pages.noStore(response);
        String code = Pages.trim(request.getParameter("kode"));
        boolean known = code.length() <= 64 && blasts.unsubscribe(code);
        if (!known) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
        Pages.render(request, response, VIEW, "unsubscribe", new Page(known ? "DONE" : "UNKNOWN"));
    }
}
