package id.djpk.portal.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who is signed in while a test method (or every method of a test class) runs, in a deployment made with
 * {@link Deployments#signedInAsStaff}. Without it the caller is {@link #STAFF}, who holds every staff role.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Caller {

    /** The default caller's name: a member of staff with every staff role (not the HAI integration's). */
    String STAFF = "staff-it";

    /** The user name the services see. */
    String name();

    /** The caller's roles (names of {@code identity.Role}). */
    String[] roles();
}
