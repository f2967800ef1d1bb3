package id.djpk.portal;

import id.djpk.portal.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** The e-mail intake contract on H2, with GreenMail's IMAP server inside the test deployment. */
@ExtendWith(ArquillianExtension.class)
class EmailChannelIT extends EmailChannelContract {

    @Deployment
    static WebArchive deployment() {
        return Deployments.signedInAsStaff(withGreenMail(Deployments.h2("email-h2", mailConfig())));
    }
}
