package id.djpk.portal.web.security;

import id.djpk.portal.system.Messages;
import id.djpk.portal.system.PortalConfig;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Two refusals before a request reaches a page or the API:
 * <ul>
 * <li>A changing API call ({@code POST}, {@code PUT}, {@code DELETE} on {@code /api/}) that a browser sent for
 * another site: its {@code Origin} is not the portal's, or {@code Sec-Fetch-Site} says cross-site. Browsers
 * attach the session cookie and cached Basic credentials to such calls (cross-site request forgery); scripts
 * and reporting tools send neither header and are not affected.</li>
 * <li>While an account must replace the password an administrator gave it, every page but "Akun Saya" leads
 * there, and the API refuses.</li>
 * </ul>
 */
@WebFilter(filterName = "StaffRequestGuard", urlPatterns = "/*")
public class StaffRequestGuard extends HttpFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    /** What may be reached while the password must change: the page to change it, signing out, resources. */
    private static final Set<String> OPEN_WHILE_CHANGING = Set.of("/akun.xhtml", "/login.xhtml");

    @Inject
    private PortalConfig config;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean api = PortalAuthentication.isApi(request);
        if (api && !SAFE_METHODS.contains(request.getMethod()) && crossSite(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN,
                    Messages.text(request.getLocale(), "security.crossSiteRefused"));
            return;
        }
        HttpSession session = request.getSession(false);
        if (session != null && Boolean.TRUE.equals(session.getAttribute(PortalAuthentication.MUST_CHANGE))) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if (api) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN,
                        Messages.text(request.getLocale(), "identity.passwordMustChange"));
                return;
            }
            if (!OPEN_WHILE_CHANGING.contains(path) && !path.startsWith("/jakarta.faces.resource/")
                    && !path.startsWith("/resources/")) {
                response.sendRedirect(request.getContextPath() + "/akun.xhtml?change=required");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** Whether the browser says the request comes from another site. */
    boolean crossSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null && !fetchSite.equalsIgnoreCase("same-origin") && !fetchSite.equalsIgnoreCase("none")) {
            return true;
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        String own = origin(request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort());
        String given = origin(origin);
        // behind a proxy the portal's origin is the public address (https there, http here)
        return given == null || !(given.equals(own) || given.equals(origin(config.publicBaseUrl())));
    }

    /** scheme://host:port with the default port written out, or null for "null" and anything unreadable. */
    static String origin(String url) {
        try {
            URI uri = URI.create(url.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return null;
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort() >= 0 ? uri.getPort() : "https".equals(scheme) ? 443 : "http".equals(scheme) ? 80 : -1;
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
