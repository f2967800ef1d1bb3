package id.djpk.portal;

import id.djpk.portal.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** The report service contract on H2, the default database, each request made by a signed-in report editor. */
@ExtendWith(ArquillianExtension.class)
class ReportServicesIT extends ReportServicesContract {

    @Deployment
    static WebArchive deployment() {
        return Deployments.signedIn(Deployments.h2("report-h2"));
    }
}
