package id.djpk.portal.web.security;

import id.djpk.portal.identity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

/** Who is signed in and what they may see in the menu. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    private SecurityContext security;

    public String getName() {
        return security.getCallerPrincipal() == null ? null : security.getCallerPrincipal().getName();
    }

    public boolean is(String role) {
        return security.isCallerInRole(role);
    }

    public boolean isAdmin() {
        return is(Role.ADMIN.name());
    }

    public boolean isPublisher() {
        return is(Role.PUBLISHER.name()) || isAdmin();
    }

    public boolean isStatisticsReader() {
        return is(Role.REPORT_EDITOR.name()) || isPublisher();
    }
}
