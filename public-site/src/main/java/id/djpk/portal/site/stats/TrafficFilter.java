package id.djpk.portal.site.stats;

import id.djpk.portal.site.i18n.Language;
import id.djpk.portal.sitestats.VisitorHasher;
import id.djpk.portal.system.PortalConfig;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Counts page views after the response is decided, so pages served from the page cache count too.
 * Bots, non-HTML answers, errors and redirects are not counted. A page rendered now passes its title on.
 */
public class TrafficFilter extends HttpFilter {

    /** The request attribute the public template sets to the page's title ({@code public.xhtml}). */
    static final String TITLE = "trafficPageTitle";

    @Inject
    private TrafficCounter counter;

    /** Behind a reverse proxy the reader is found as {@link id.djpk.portal.system.ClientAddress} says. */
    @Inject
    private PortalConfig config;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, response);
        if (!"GET".equals(request.getMethod()) || !TrafficPaths.isPageView(response.getStatus(), response.getContentType())) {
            return;
        }
        String page = TrafficPaths.pageOf(request.getRequestURI().substring(request.getContextPath().length()));
        if (page == null) {
            return;
        }
        // the title is kept whoever asked (a crawler's request may be the one that filled the page cache)
        String title = titleOf(request, response);
        if (title != null) {
            counter.title(page, title);
        }
        String userAgent = request.getHeader("User-Agent");
        if (!VisitorHasher.isBot(userAgent)) {
            counter.count(page, config.clientAddress().counted(request), userAgent);
        }
    }

    /**
     * The title the page was rendered with, when it was rendered now (not from the page cache) in Bahasa Indonesia
     * and is no page with personal answers ({@code no-store}): the reports name pages in the office's language,
     * and never by a requester's details.
     */
    private static String titleOf(HttpServletRequest request, HttpServletResponse response) {
        Object title = request.getAttribute(TITLE);
        String cache = response.getHeader("Cache-Control");
        if (!(title instanceof String t) || t.isBlank() || (cache != null && cache.contains("no-store"))
                || Language.fromCookies(request.getCookies()) != Language.ID) {
            return null;
        }
        return t;
    }
}
