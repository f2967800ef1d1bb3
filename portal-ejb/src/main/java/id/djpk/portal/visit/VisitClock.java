package id.djpk.portal.visit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The time the visit desk works with: the system clock. Tests move it, because the reception check-in
 * accepts a visit only on its own day and a test cannot wait three working days: the service tests set it
 * directly, the browser tests through {@code PUT /portal/api/visits/clock}, which exists only when
 * {@code portal.visit.test-clock=true} (never in production).
 */
@ApplicationScoped
public class VisitClock {

    @Inject
    @ConfigProperty(name = "portal.visit.test-clock", defaultValue = "false")
    boolean adjustable;

    private volatile Clock clock = Clock.systemUTC();

    public Instant now() {
        return clock.instant();
    }

    /** For tests: {@code null} goes back to the system clock. */
    public void set(Clock fixed) {
        clock = fixed == null ? Clock.systemUTC() : fixed;
    }

    /** For tests: from now on the clock runs from {@code at}; {@code null} goes back to the system clock. */
    public void runFrom(Instant at) {
        if (!adjustable) {
            throw new IllegalStateException("the visit clock is fixed outside tests");
        }
        clock = at == null ? Clock.systemUTC() : Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), at));
    }

    public boolean isAdjustable() {
        return adjustable;
    }
}
