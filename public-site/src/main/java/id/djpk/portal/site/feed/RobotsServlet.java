package id.djpk.portal.site.feed;

import id.djpk.portal.system.PortalConfig;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /robots.txt}: everything may be crawled except search results and the language switch
 * (endless variations of the same content), with the sitemap for the rest.
 */
@WebServlet("/robots.txt")
public class RobotsServlet extends HttpServlet {

    @Inject
    private PortalConfig config;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write("User-agent: *\n"
                + "Disallow: /cari\n"
                + "Disallow: /bahasa\n"
                + "Allow: /\n"
                + "\n"
                + "Sitemap: " + config.publicBaseUrl() + "/sitemap.xml\n");
    }
}
