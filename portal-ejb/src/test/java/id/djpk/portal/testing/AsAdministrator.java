package id.djpk.portal.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;

/**
 * For the contracts that call a service step the services keep to staff roles ({@code @RolesAllowed}) from a
 * deployment without a signed-in caller: the work runs as the {@code ADMIN} role, whose run-as principal (named as
 * the role) the test deployments map to it ({@link Deployments}' {@code payara-web.xml}). Audit entries of that work
 * name the actor {@value #ACTOR}.
 */
@Stateless
@RunAs("ADMIN")
@PermitAll
public class AsAdministrator {

    /** The actor the work's audit entries name. */
    public static final String ACTOR = "ADMIN";

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
