package id.djpk.portal;

import id.djpk.portal.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;

/** Answers by e-mail on PostgreSQL, when one is given (the same condition as the portal's contract). */
@ExtendWith(ArquillianExtension.class)
@EnabledIf("id.djpk.portal.PortalServicesPostgresIT#postgresConfigured")
class EmailAnswersPostgresIT extends EmailAnswersContract {

    @Deployment
    static WebArchive deployment() {
        return Deployments.signedInAsStaff(withSmtp(Deployments.postgres("email-answers-pg")));
    }
}
