package id.djpk.portal.identity;

import java.time.Instant;
import java.util.Set;

/** What a login attempt came to. */
public record LoginOutcome(Result result, String username, Set<Role> roles, Instant lockedUntil) {

    public enum Result { OK, INVALID, LOCKED, DISABLED }

    public boolean ok() {
        return result == Result.OK;
    }
}
