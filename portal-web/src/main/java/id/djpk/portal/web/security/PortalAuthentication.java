package id.djpk.portal.web.security;

import id.djpk.portal.identity.LoginOutcome;
import id.djpk.portal.identity.Role;
import id.djpk.portal.identity.StaffDirectory;
import id.djpk.portal.system.Messages;
import id.djpk.portal.system.OfficeClock;
import id.djpk.portal.system.PortalConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One mechanism for both ways staff reach the portal: the login form (a session) and HTTP Basic
 * on {@code /api/} for reporting tools. Jakarta Security 3 allows one mechanism per application,
 * so the built-in form and basic mechanisms cannot simply be combined. The password check, the
 * throttling of addresses that fail too often and the audit are {@link StaffDirectory#authenticate}'s.
 */
@ApplicationScoped
public class PortalAuthentication implements HttpAuthenticationMechanism {

    static final String USER = "portal.user";
    static final String ROLES = "portal.roles";
    static final String CHECKED_AT = "portal.checkedAt";
    /** The account's session stamp when the session began: a new password ends the session. */
    static final String STAMP = "portal.stamp";
    /** Set while the account must replace an administrator's password (see {@link StaffRequestGuard}). */
    static final String MUST_CHANGE = "portal.mustChangePassword";
    /** The form login's outcome, for the login page to tell a throttled address when it may try again. */
    static final String OUTCOME = "portal.loginOutcome";
    /** A session re-reads the account's roles this often, so changed roles take effect. */
    private static final long RECHECK_MILLIS = 30_000;

    @Inject
    private StaffDirectory staff;

    @Inject
    private PortalConfig config;

    @Inject
    private OfficeClock clock;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        // Basic only for reporting tools on the API: a browser that once sent Basic credentials keeps sending
        // them with every request to the site, pages included, whichever site made it send the request
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6) && isApi(request)) {
            return basic(authorization.substring(6).trim(), request, response, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential instanceof UsernamePasswordCredential password) {
            LoginOutcome outcome = staff.authenticate(password.getCaller(), password.getPasswordAsString(),
                    config.clientAddress().counted(request));
            request.setAttribute(OUTCOME, outcome);
            if (!outcome.ok()) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            request.getSession(true);
            request.changeSessionId();
            HttpSession session = request.getSession();
            Set<String> roles = roleNames(outcome.roles());
            session.setAttribute(USER, outcome.username());
            session.setAttribute(ROLES, new HashSet<>(roles));
            session.setAttribute(CHECKED_AT, System.currentTimeMillis());
            session.setAttribute(STAMP, outcome.sessionStamp());
            if (outcome.mustChangePassword()) {
                session.setAttribute(MUST_CHANGE, Boolean.TRUE);
            }
            return context.notifyContainerAboutLogin(outcome.username(), roles);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(USER) instanceof String user) {
            if (!staff.sessionValid(user, (String) session.getAttribute(STAMP))) {
                // disabled, or the password changed since this session began (here or in another session)
                session.invalidate();
                return challenge(request, response, context);
            }
            @SuppressWarnings("unchecked")
            Set<String> roles = (Set<String>) session.getAttribute(ROLES);
            Long checkedAt = (Long) session.getAttribute(CHECKED_AT);
            if (checkedAt == null || System.currentTimeMillis() - checkedAt > RECHECK_MILLIS) {
                roles = roleNames(staff.activeRoles(user));
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

    /** After the owner chose a new password in this session: it goes on, the account's other sessions end. */
    static void passwordChanged(HttpServletRequest request, String stamp) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            request.changeSessionId();
            session.setAttribute(STAMP, stamp);
            session.removeAttribute(MUST_CHANGE);
        }
    }

    private AuthenticationStatus basic(String encoded, HttpServletRequest request, HttpServletResponse response,
                                       HttpMessageContext context) {
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
        LoginOutcome outcome = staff.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1),
                config.clientAddress().counted(request));
        if (outcome.throttled()) {
            long seconds = Math.max(1, Duration.between(clock.now(), outcome.waitUntil()).toSeconds() + 1);
            response.setHeader("Retry-After", Long.toString(seconds));
            return refuse(response, 429, Messages.text(request.getLocale(), "identity.signInThrottled", seconds));
        }
        if (!outcome.ok()) {
            return unauthorized(response);
        }
        if (outcome.mustChangePassword()) {
            return refuse(response, HttpServletResponse.SC_FORBIDDEN,
                    Messages.text(request.getLocale(), "identity.passwordMustChange"));
        }
        return context.notifyContainerAboutLogin(outcome.username(), roleNames(outcome.roles()));
    }

    private AuthenticationStatus challenge(HttpServletRequest request, HttpServletResponse response,
                                           HttpMessageContext context) {
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (isApi(request)) {
            return unauthorized(response);
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String next = path + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        return context.redirect(request.getContextPath() + "/login.xhtml?next="
                + URLEncoder.encode(next, StandardCharsets.UTF_8));
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static Set<String> roleNames(Set<Role> roles) {
        return roles.stream().map(Role::name).collect(Collectors.toSet());
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Portal DJPK\", charset=\"UTF-8\"");
        return refuse(response, HttpServletResponse.SC_UNAUTHORIZED, null);
    }

    private static AuthenticationStatus refuse(HttpServletResponse response, int status, String message) {
        try {
            if (message == null) {
                response.sendError(status);
            } else {
                response.sendError(status, message);
            }
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
