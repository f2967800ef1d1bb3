package id.djpk.portal.system;

import java.time.Instant;

/**
 * Too many wrong access codes were given for this number lately: pages answer 429 "coba lagi nanti", the
 * APIs 429 with {@code Retry-After}.
 */
public class TooManyAttemptsException extends BusinessException {

    private final transient Instant retryAt;
    private final long retryAfterSeconds;

    /** Refused at {@code now} (the office clock's) until {@code retryAt}. */
    public TooManyAttemptsException(Instant retryAt, Instant now) {
        super("access.tooManyAttempts");
        this.retryAt = retryAt;
        this.retryAfterSeconds = Math.max(1, java.time.Duration.between(now, retryAt).toSeconds() + 1);
    }

    /** When the oldest failure counted leaves the window. */
    public Instant getRetryAt() {
        return retryAt;
    }

    /** Whole seconds until then, at least one: the value of a {@code Retry-After} header. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
