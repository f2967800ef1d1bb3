package id.djpk.portal.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * Staff REST endpoints under {@code /portal/api/}: HTTP Basic with staff credentials or the
 * portal session (see PortalAuthentication); roles per path in web.xml.
 */
@ApplicationPath("/api")
public class StaffApi extends Application {
}
