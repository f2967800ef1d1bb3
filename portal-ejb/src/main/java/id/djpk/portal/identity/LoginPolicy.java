package id.djpk.portal.identity;

import java.time.Duration;
import java.time.Instant;

/**
 * How failed sign-ins slow down the address they come from. Nothing locks an account: whoever guesses
 * passwords waits, not the account's owner. Failures are counted per account and address (a few typing
 * mistakes are free) and per address over all accounts (more, for an office behind one address); once a
 * count reaches its allowance, every further failure makes that address wait before its next attempt:
 * {@link #firstDelay}, doubling with each failure, at most {@link #maxDelay}. A count is forgotten after
 * {@link #forgetAfter} without failures, and the account's count for an address at a successful sign-in.
 */
public record LoginPolicy(int accountFailures, int addressFailures, Duration firstDelay, Duration maxDelay,
                          Duration forgetAfter) {

    /** What the counters are counted by. */
    public enum Scope { ACCOUNT_AND_ADDRESS, ADDRESS }

    public LoginPolicy {
        if (accountFailures < 1 || addressFailures < 1 || firstDelay.isNegative() || firstDelay.isZero()
                || maxDelay.compareTo(firstDelay) < 0 || forgetAfter.compareTo(maxDelay) < 0) {
            throw new IllegalArgumentException("invalid login policy");
        }
    }

    /** The portal's policy with the configured allowances: 1 minute, doubling, at most an hour; forgotten after a day. */
    public static LoginPolicy of(int accountFailures, int addressFailures) {
        return new LoginPolicy(accountFailures, addressFailures, Duration.ofMinutes(1), Duration.ofHours(1),
                Duration.ofDays(1));
    }

    public int allowance(Scope scope) {
        return scope == Scope.ADDRESS ? addressFailures : accountFailures;
    }

    /** The count after one more failure, given the count so far and when the last failure was. */
    public int countAfterFailure(int failures, Instant lastFailure, Instant now) {
        return lastFailure == null || !now.isBefore(lastFailure.plus(forgetAfter)) ? 1 : failures + 1;
    }

    /** Until when the address must wait after this many failures, or null while within the allowance. */
    public Instant waitAfter(Scope scope, int failures, Instant now) {
        int over = failures - allowance(scope);
        if (over < 0) {
            return null;
        }
        Duration delay = over >= 30 ? maxDelay : firstDelay.multipliedBy(1L << over);
        return now.plus(delay.compareTo(maxDelay) > 0 ? maxDelay : delay);
    }

    /** Whether an attempt at {@code now} must still wait. */
    public static boolean mustWait(Instant waitUntil, Instant now) {
        return waitUntil != null && now.isBefore(waitUntil);
    }
}
