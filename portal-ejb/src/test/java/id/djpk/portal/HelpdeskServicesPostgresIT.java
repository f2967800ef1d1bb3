package id.djpk.portal;

import id.djpk.portal.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;

/** The helpdesk service contract on PostgreSQL, when one is given (the same condition as the portal's contract). */
@ExtendWith(ArquillianExtension.class)
@EnabledIf("id.djpk.portal.PortalServicesPostgresIT#postgresConfigured")
class HelpdeskServicesPostgresIT extends HelpdeskServicesContract {

    @Deployment
    static WebArchive deployment() {
        return Deployments.signedInAsStaff(Deployments.postgres("helpdesk-pg"));
    }
}
