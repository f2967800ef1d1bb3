package id.djpk.portal.site.stats;

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
 * Bots, non-HTML answers, errors and redirects are not counted.
 */
public class TrafficFilter extends HttpFilter {

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
        String userAgent = request.getHeader("User-Agent");
        if (VisitorHasher.isBot(userAgent)) {
            return;
        }
        String page = TrafficPaths.pageOf(request.getRequestURI().substring(request.getContextPath().length()));
        if (page != null) {
            counter.count(page, config.clientAddress().counted(request), userAgent);
        }
    }
}
