package id.djpk.portal;

import id.djpk.portal.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** Visits and letters on H2, the default database. */
@ExtendWith(ArquillianExtension.class)
class VisitServicesIT extends VisitServicesContract {

    @Deployment
    static WebArchive deployment() {
        return Deployments.signedInAsStaff(Deployments.h2("visits-h2"));
    }
}
