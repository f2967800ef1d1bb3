package id.djpk.portal;

import id.djpk.portal.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** The channels' figures contract on H2, a fresh database for the class, each request made by a signed-in report editor. */
@ExtendWith(ArquillianExtension.class)
class ChannelFiguresIT extends ChannelFiguresContract {

    @Deployment
    static WebArchive deployment() {
        return Deployments.signedIn(Deployments.h2("channels-h2"));
    }
}
