package id.djpk.portal.visit;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;

/**
 * The time the visit desk works with: the system clock, except in the service tests, which set a day
 * (the reception check-in only accepts a visit on its own day, and the tests cannot wait for it).
 */
@ApplicationScoped
public class VisitClock {

    private volatile Clock clock = Clock.systemUTC();

    public Instant now() {
        return clock.instant();
    }

    /** For tests: {@code null} goes back to the system clock. */
    public void set(Clock fixed) {
        clock = fixed == null ? Clock.systemUTC() : fixed;
    }
}
