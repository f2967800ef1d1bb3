package id.djpk.portal;

import id.djpk.portal.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;

/** Email Lapor on PostgreSQL, when {@code portal.test.pg.url} names one (as {@code ./portal test} does). */
@ExtendWith(ArquillianExtension.class)
@EnabledIf("id.djpk.portal.PortalServicesPostgresIT#postgresConfigured")
class LaporServicesPostgresIT extends LaporServicesContract {

    @Deployment
    static WebArchive deployment() {
        return Deployments.signedInAsStaff(EmailChannelContract.withGreenMail(Deployments.postgres("lapor-pg", EmailChannelContract.mailConfig())));
    }
}
