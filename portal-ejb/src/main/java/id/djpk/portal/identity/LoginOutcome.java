package id.djpk.portal.identity;

import java.time.Instant;
import java.util.Set;

/**
 * What a sign-in attempt came to. A refusal never says why (unknown name, wrong password, disabled
 * account): only that the address must wait, which it learns from its own attempts anyway.
 */
public record LoginOutcome(Result result, String username, Set<Role> roles, Instant waitUntil,
                           boolean mustChangePassword, String sessionStamp) {

    public enum Result { OK, INVALID, THROTTLED }

    static LoginOutcome invalid(String username) {
        return new LoginOutcome(Result.INVALID, username, Set.of(), null, false, null);
    }

    static LoginOutcome throttled(String username, Instant waitUntil) {
        return new LoginOutcome(Result.THROTTLED, username, Set.of(), waitUntil, false, null);
    }

    public boolean ok() {
        return result == Result.OK;
    }

    public boolean throttled() {
        return result == Result.THROTTLED;
    }
}
