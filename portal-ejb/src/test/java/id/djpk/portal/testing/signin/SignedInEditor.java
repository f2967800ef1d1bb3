package id.djpk.portal.testing.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * For the deployments that add this package only ({@link id.djpk.portal.testing.Deployments#signedIn}): every
 * request, the test runner's included, is made by a report editor signed in through Jakarta Security as the
 * staff portal's form login does, so that services see that caller as the portal's pages would. Each request
 * has an editor of its own ({@value #NAME}-1, -2, …), so a test can tell its caller from an earlier one that
 * work done on another thread might wrongly carry.
 */
@ApplicationScoped
public class SignedInEditor implements HttpAuthenticationMechanism {

    public static final String NAME = "report-editor-it";
    private static final AtomicLong REQUESTS = new AtomicLong();

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        return context.notifyContainerAboutLogin(NAME + "-" + REQUESTS.incrementAndGet(), Set.of("REPORT_EDITOR"));
    }
}
