package id.djpk.portal.system;

import java.time.Instant;

/**
 * Too many wrong access codes were given for this number lately: pages answer 429 "coba lagi nanti", the
 * APIs 429 with {@code Retry-After}.
 */
public class TooManyAttemptsException extends BusinessException {

    private final transient Instant retryAt;

    public TooManyAttemptsException(Instant retryAt) {
        super("access.tooManyAttempts");
        this.retryAt = retryAt;
    }

    /** When the oldest failure counted leaves the window. */
    public Instant getRetryAt() {
        return retryAt;
    }

    /** Whole seconds until then, at least one: the value of a {@code Retry-After} header. */
    public long retryAfterSeconds() {
        long s = java.time.Duration.between(Instant.now(), retryAt).toSeconds() + 1;
        return Math.max(1, s);
    }
}
