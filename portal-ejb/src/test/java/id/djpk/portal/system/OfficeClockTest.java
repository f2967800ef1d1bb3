package id.djpk.portal.system;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The office clock is fixed unless {@code portal.clock.adjustable=true} (only the browser tests set it): then
 * {@code PUT /portal/api/visits/clock} answers 404 and the clock refuses to move even if called.
 */
class OfficeClockTest {

    @Test
    void withoutTheTestSettingTheClockCannotBeMoved() {
        OfficeClock clock = new OfficeClock();
        assertFalse(clock.isAdjustable(), "the default of portal.clock.adjustable is false");
        assertThrows(IllegalStateException.class, () -> clock.runFrom(Instant.parse("2030-01-01T00:00:00Z")));
        assertThrows(IllegalStateException.class, () -> clock.runFrom(null));
    }
}
