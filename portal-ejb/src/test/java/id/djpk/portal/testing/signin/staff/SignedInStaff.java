package id.djpk.portal.testing.signin.staff;

import id.djpk.portal.identity.Role;
import id.djpk.portal.testing.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Method;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * For the deployments that add this package ({@link id.djpk.portal.testing.Deployments#signedInAsStaff}): every
 * request is made by a member of staff signed in through Jakarta Security, as the staff portal's form login does,
 * so that the services' role checks ({@code @RolesAllowed}) see a caller as they do behind the staff portal. The
 * test runner's request names the test class and method (Arquillian's servlet protocol); the method's (or its
 * class's) {@link Caller} says who signs in, else {@link Caller#STAFF} with every staff role.
 */
@ApplicationScoped
public class SignedInStaff implements HttpAuthenticationMechanism {

    private static final Set<String> EVERY_STAFF_ROLE = Arrays.stream(Role.values())
            .filter(r -> r != Role.INTEGRATION).map(Role::name).collect(Collectors.toUnmodifiableSet());

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Optional<Caller> caller = callerOf(query(request.getQueryString()));
        return caller.map(c -> context.notifyContainerAboutLogin(c.name(), Set.of(c.roles())))
                .orElseGet(() -> context.notifyContainerAboutLogin(Caller.STAFF, EVERY_STAFF_ROLE));
    }

    private static Optional<Caller> callerOf(Map<String, String> query) {
        String className = query.get("className");
        String methodName = query.get("methodName");
        if (className == null) {
            return Optional.empty();
        }
        try {
            Class<?> type = Class.forName(className, false, Thread.currentThread().getContextClassLoader());
            if (methodName != null) {
                for (Method m : type.getMethods()) {
                    if (m.getName().equals(methodName) && m.isAnnotationPresent(Caller.class)) {
                        return Optional.of(m.getAnnotation(Caller.class));
                    }
                }
                for (Class<?> c = type; c != null; c = c.getSuperclass()) {
                    for (Method m : c.getDeclaredMethods()) {
                        if (m.getName().equals(methodName) && m.isAnnotationPresent(Caller.class)) {
                            return Optional.of(m.getAnnotation(Caller.class));
                        }
                    }
                }
            }
            return Optional.ofNullable(type.getAnnotation(Caller.class));
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
    }

    private static Map<String, String> query(String query) {
        Map<String, String> out = new HashMap<>();
        if (query == null) {
            return out;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return out;
    }
}
