package id.djpk.portal.testing.signin.publisher;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;

/**
 * For the deployment that adds this package only ({@link id.djpk.portal.testing.Deployments#signedInAsPublisher}):
 * every request is made by a publisher signed in through Jakarta Security, as the staff portal's form login does:
 * a member of staff without the roles of the monthly report or of the administration.
 */
@ApplicationScoped
public class SignedInPublisher implements HttpAuthenticationMechanism {

    public static final String NAME = "publisher-it";

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        return context.notifyContainerAboutLogin(NAME, Set.of("PUBLISHER"));
    }
}
