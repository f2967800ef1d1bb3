package id.djpk.portal.site.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers every response carries, cached or not: no MIME sniffing (a downloaded file is never run
 * as a page), no framing by other sites, and no full URLs (with search terms) leaked to other sites.
 * Static assets are versioned ({@code ?v=}) so browsers may keep them for a year.
 */
public class CommonHeadersFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        String uri = request.getRequestURI();
        if (uri.startsWith(request.getContextPath() + "/resources/")) {
            String query = request.getQueryString();
            response.setHeader("Cache-Control", query != null && query.startsWith("v=")
                    ? "public, max-age=31536000, immutable" : "public, max-age=3600");
        }
        chain.doFilter(request, response);
    }
}
