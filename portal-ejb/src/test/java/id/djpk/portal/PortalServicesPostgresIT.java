package id.djpk.portal;

import id.djpk.portal.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The service contract on PostgreSQL: the same Flyway migrations and queries. `./portal test`
 * starts a private PostgreSQL and passes its URL as portal.test.pg.url.
 */
@ExtendWith(ArquillianExtension.class)
@EnabledIf("postgresConfigured")
class PortalServicesPostgresIT extends PortalServicesContract {

    /** Outside the container: was a PostgreSQL given? Inside: is this deployment the PostgreSQL one? */
    static boolean postgresConfigured() {
        if (System.getProperty("portal.test.pg.url", "").startsWith("jdbc:postgresql:")) {
            return true;
        }
        try {
            return ConfigProvider.getConfig().getOptionalValue("portal.db.url", String.class).orElse("")
                    .startsWith("jdbc:postgresql:");
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    @Deployment
    static WebArchive deployment() {
        return Deployments.signedInAsStaff(Deployments.postgres("services-pg"));
    }
}
