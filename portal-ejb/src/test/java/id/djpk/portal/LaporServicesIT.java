package id.djpk.portal;

import id.djpk.portal.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** Email Lapor on H2, the default database, with GreenMail's IMAP server for the lapor mailbox. */
@ExtendWith(ArquillianExtension.class)
class LaporServicesIT extends LaporServicesContract {

    @Deployment
    static WebArchive deployment() {
        return Deployments.signedInAsStaff(EmailChannelContract.withGreenMail(Deployments.h2("lapor-h2", EmailChannelContract.mailConfig())));
    }
}
