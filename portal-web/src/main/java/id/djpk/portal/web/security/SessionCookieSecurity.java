package id.djpk.portal.web.security;

import id.djpk.portal.system.PortalConfig;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Marks the staff session cookie {@code Secure} when the portal is served over https (PORTAL_PUBLIC_BASE_URL,
 * or {@code portal.session.secure-cookie} to decide otherwise), so that the browser never sends it over plain
 * http. web.xml cannot say this: the address is known only at start-up.
 */
@WebListener
public class SessionCookieSecurity implements ServletContextListener {

    @Inject
    private PortalConfig config;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        event.getServletContext().getSessionCookieConfig().setSecure(config.secureCookie());
    }
}
