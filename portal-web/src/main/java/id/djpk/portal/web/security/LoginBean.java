package id.djpk.portal.web.security;

import id.djpk.portal.identity.LoginOutcome;
import id.djpk.portal.web.i18n.Format;
import id.djpk.portal.web.system.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The login form. */
@Named
@RequestScoped
public class LoginBean {

    @Inject
    private SecurityContext security;

    @Inject
    private FacesContext faces;

    @Inject
    private Format format;

    @Inject
    private id.djpk.portal.livechat.LiveChatService liveChats;

    private String username;
    private String password;
    private String next;

    public void login() throws IOException {
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = security.authenticate(
                (HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username == null ? "" : username, password == null ? "" : password)));
        if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(external.getRequestContextPath() + safeNext());
            faces.responseComplete();
            return;
        }
        // one message whatever was wrong (unknown name, wrong password, disabled account): nothing to learn
        // about accounts from it; only an address that must wait is told so, with 429 Too Many Requests
        if (external.getRequestMap().get(PortalAuthentication.OUTCOME) instanceof LoginOutcome outcome
                && outcome.throttled()) {
            external.setResponseStatus(429);
            FacesMessages.error("login.throttled", format.dateTime(outcome.waitUntil()));
        } else {
            FacesMessages.error("login.failed");
        }
        password = null;
    }

    public void logout() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (request.getUserPrincipal() != null) {
            // live chat: a signed-out agent is away at once
            liveChats.signedOut(request.getUserPrincipal().getName());
        }
        try {
            request.logout();
        } catch (jakarta.servlet.ServletException ignored) {
            // not signed in any more: the session is dropped below all the same
        }
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?out=true");
    }

    /** Only a path inside the portal: never a redirect to another site. */
    private String safeNext() {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.startsWith("/login.xhtml")) {
            return "/index.xhtml";
        }
        return next;
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getNext() { return next; }
    public void setNext(String next) { this.next = next; }
}
