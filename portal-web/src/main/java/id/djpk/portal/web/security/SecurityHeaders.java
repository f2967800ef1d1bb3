package id.djpk.portal.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The staff portal's security headers on every page, API answer and error page (mapped in web.xml, also on the
 * ERROR dispatch). The script policy comes from PrimeFaces' CSP mode ({@code primefaces.CSP} in web.xml: a
 * {@code script-src 'self' 'nonce-…'} policy per Faces page, inline handlers moved into nonce'd scripts); this
 * filter adds a second policy that every answer carries and browsers enforce alongside it: no framing (also as
 * X-Frame-Options for older browsers), no plugins, no {@code <base>} or form posts to another site. Pages and API
 * answers hold personal data, so nothing of them is stored in a cache; the static resources (theme, scripts, CSS)
 * may be.
 */
public class SecurityHeaders extends HttpFilter {

    static final String POLICY = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Content-Security-Policy", POLICY);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/jakarta.faces.resource/") && !path.startsWith("/resources/")) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }
}
