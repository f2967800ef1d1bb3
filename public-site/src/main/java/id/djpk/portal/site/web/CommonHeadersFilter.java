package id.djpk.portal.site.web;

import id.djpk.portal.system.Links;
import id.djpk.portal.system.PortalConfig;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers every response carries, cached or not: no MIME sniffing (a downloaded file is never run
 * as a page), no framing by other sites, and no full URLs (with search terms) leaked to other sites.
 * Pages get a Content-Security-Policy that lets them load scripts, styles, images and fonts from the site only,
 * with no inline script or style (the site has none: its two scripts are files), so that text someone typed can
 * never run as script; downloaded files (PDFs shown by the browser's viewer) get none, as a policy on them would
 * only stand in the viewer's way. When the site's public address is https, browsers are told to use nothing else
 * (HSTS). Static assets are versioned ({@code ?v=}) so browsers may keep them for a year.
 */
public class CommonHeadersFilter extends HttpFilter {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'self'";
    /** A year; no includeSubDomains: the portal does not speak for the other hosts of its domain. */
    static final String HSTS = "max-age=31536000";

    @Inject
    PortalConfig config;

    /** The HSTS header, or null: the public address is read once, as the configuration does not change while running. */
    private String hsts;

    @Override
    public void init() {
        hsts = hsts(config.publicBaseUrl());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        String path = RequestLimits.path(request);
        if (!isDocument(path)) {
            response.setHeader("Content-Security-Policy", POLICY);
        }
        if (hsts != null) {
            response.setHeader("Strict-Transport-Security", hsts);
        }
        if (path.startsWith("/resources/")) {
            String query = request.getQueryString();
            response.setHeader("Cache-Control", query != null && query.startsWith("v=")
                    ? "public, max-age=31536000, immutable" : "public, max-age=3600");
        }
        chain.doFilter(request, response);
    }

    /** The HSTS header for a site served at {@code publicBaseUrl}: only when that is https. */
    static String hsts(String publicBaseUrl) {
        return publicBaseUrl != null && publicBaseUrl.regionMatches(true, 0, "https://", 0, 8) ? HSTS : null;
    }

    /** The addresses of files: publications' attachments, PPID files, checked letters, report PDFs. */
    static boolean isDocument(String path) {
        return path.startsWith("/berkas/") || path.startsWith(Links.PPID_DOWNLOAD) || path.startsWith(Links.LETTER_FILES)
                || path.startsWith(Links.REPORTS + "/") && path.endsWith("/pdf");
    }
}
