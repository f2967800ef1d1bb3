package id.djpk.portal.web.security;

import id.djpk.portal.identity.Role;
import id.djpk.portal.identity.StaffDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One mechanism for both ways staff reach the portal: the login form (a session) and HTTP Basic
 * on {@code /api/} for reporting tools. Jakarta Security 3 allows one mechanism per application,
 * so the built-in form and basic mechanisms cannot simply be combined.
 */
@ApplicationScoped
public class PortalAuthentication implements HttpAuthenticationMechanism {

    static final String USER = "portal.user";
    static final String ROLES = "portal.roles";
    static final String CHECKED_AT = "portal.checkedAt";
    /** A session re-reads the account this often, so a disabled account or changed roles take effect. */
    private static final long RECHECK_MILLIS = 30_000;

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private StaffDirectory staff;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(authorization.substring(6).trim(), response, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            request.getSession(true);
            request.changeSessionId();
            HttpSession session = request.getSession();
            session.setAttribute(USER, result.getCallerPrincipal().getName());
            session.setAttribute(ROLES, new HashSet<>(result.getCallerGroups()));
            session.setAttribute(CHECKED_AT, System.currentTimeMillis());
            return context.notifyContainerAboutLogin(result);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(USER) instanceof String user) {
            @SuppressWarnings("unchecked")
            Set<String> roles = (Set<String>) session.getAttribute(ROLES);
            Long checkedAt = (Long) session.getAttribute(CHECKED_AT);
            if (checkedAt == null || System.currentTimeMillis() - checkedAt > RECHECK_MILLIS) {
                roles = staff.activeRoles(user).stream().map(Role::name).collect(Collectors.toSet());
                if (roles.isEmpty()) {
                    session.invalidate();
                    return challenge(request, response, context);
                }
                session.setAttribute(ROLES, roles);
                session.setAttribute(CHECKED_AT, System.currentTimeMillis());
            }
            return context.notifyContainerAboutLogin(user, roles);
        }
        return challenge(request, response, context);
    }

    private AuthenticationStatus basic(String encoded, HttpServletResponse response, HttpMessageContext context) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return unauthorized(response);
        }
        int colon = decoded.indexOf(':');
        if (colon < 1) {
            return unauthorized(response);
        }
        CredentialValidationResult result = identityStores.validate(
                new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return unauthorized(response);
        }
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus challenge(HttpServletRequest request, HttpServletResponse response,
                                           HttpMessageContext context) {
        if (!context.isProtected()) {
            return context.doNothing();
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            return unauthorized(response);
        }
        String next = path + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        return context.redirect(request.getContextPath() + "/login.xhtml?next="
                + URLEncoder.encode(next, StandardCharsets.UTF_8));
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Portal DJPK\", charset=\"UTF-8\"");
        try {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
        } catch (IOException e) {
            // the client went away; nothing to tell it
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(USER);
            session.removeAttribute(ROLES);
        }
    }
}
