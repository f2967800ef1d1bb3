package id.djpk.portal.identity;

import java.time.Duration;
import java.time.Instant;

/** When repeated failed logins lock an account, and for how long. */
public record LoginPolicy(int maxFailures, Duration lockDuration) {

    public LoginPolicy {
        if (maxFailures < 1 || lockDuration.isNegative()) {
            throw new IllegalArgumentException("invalid login policy");
        }
    }

    public boolean isLocked(Instant lockedUntil, Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** The lock to set after the given number of consecutive failures, or null while below the limit. */
    public Instant lockAfter(int consecutiveFailures, Instant now) {
        return consecutiveFailures >= maxFailures ? now.plus(lockDuration) : null;
    }
}
