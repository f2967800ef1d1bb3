package id.djpk.portal.site.stats;

import id.djpk.portal.sitestats.VisitorHasher;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Counts page views after the response is decided, so pages served from the page cache count too.
 * Bots, non-HTML answers, errors and redirects are not counted.
 */
public class TrafficFilter extends HttpFilter {

    @Inject
    private TrafficCounter counter;

    /**
     * Behind a reverse proxy every request comes from the proxy's address; only when the proxy is
     * trusted to set X-Forwarded-For may the reader's address be taken from it.
     */
    @Inject
    @ConfigProperty(name = "portal.site.trust-forwarded-for", defaultValue = "false")
    private boolean trustForwardedFor;

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
            counter.count(page, address(request), userAgent);
        }
    }

    private String address(HttpServletRequest request) {
        if (trustForwardedFor) {
            String forwarded = request.getHeader("X-Forwarded-For");
            if (forwarded != null && !forwarded.isBlank()) {
                int comma = forwarded.indexOf(',');
                return (comma < 0 ? forwarded : forwarded.substring(0, comma)).strip();
            }
        }
        return request.getRemoteAddr();
    }
}
