package id.djpk.portal.site.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SubmissionLimitTest {

    private static final Instant T0 = Instant.parse("2026-11-23T02:00:00Z");

    @Test
    void fiveAnHourFromOneAddressThenRefusedUntilTheFirstIsAnHourOld() {
        SubmissionLimit limit = new SubmissionLimit();
        for (int i = 0; i < 5; i++) {
            assertTrue(limit.hasRoom("ppid 203.0.113.7", T0.plus(Duration.ofMinutes(i))), "submission " + (i + 1));
            limit.count("ppid 203.0.113.7", T0.plus(Duration.ofMinutes(i)));
        }
        assertFalse(limit.hasRoom("ppid 203.0.113.7", T0.plus(Duration.ofMinutes(30))));
        assertTrue(limit.hasRoom("ppid 198.51.100.1", T0.plus(Duration.ofMinutes(30))), "other addresses are not affected");
        assertTrue(limit.hasRoom("visit 203.0.113.7", T0.plus(Duration.ofMinutes(30))), "each series counts apart");
        assertTrue(limit.hasRoom("ppid 203.0.113.7", T0.plus(Duration.ofMinutes(61))), "the first one has left the hour");
        limit.count("ppid 203.0.113.7", T0.plus(Duration.ofMinutes(61)));
        assertFalse(limit.hasRoom("ppid 203.0.113.7", T0.plus(Duration.ofMinutes(61))));
    }

    @Test
    void onlyCountedSubmissionsUseUpTheAllowance() {
        SubmissionLimit limit = new SubmissionLimit();
        for (int i = 0; i < 20; i++) {
            assertTrue(limit.hasRoom("203.0.113.9", T0.plus(Duration.ofMinutes(i))), "refused requests are not counted");
        }
        for (int i = 0; i < 5; i++) {
            assertTrue(limit.hasRoom("203.0.113.9", T0.plus(Duration.ofMinutes(20 + i))));
            limit.count("203.0.113.9", T0.plus(Duration.ofMinutes(20 + i)));
        }
        assertFalse(limit.hasRoom("203.0.113.9", T0.plus(Duration.ofMinutes(30))));
        assertTrue(limit.hasRoom("203.0.113.9", T0.plus(Duration.ofMinutes(81))), "the first accepted one has left the hour");
    }
}
