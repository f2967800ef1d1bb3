package id.djpk.portal.web.system;

import id.djpk.portal.system.Database;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/** Part of {@code /health}: the staff portal is ready when its database answers. */
@Readiness
@Liveness
@ApplicationScoped
public class DatabaseHealth implements HealthCheck {

    @Inject
    private Database database;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("portal-web-database").status(database.isReachable()).build();
    }
}
