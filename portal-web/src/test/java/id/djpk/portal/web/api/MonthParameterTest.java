package id.djpk.portal.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.djpk.portal.system.OfficeClock;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The 400 for anything else needs a JAX-RS runtime: EveryPageIT checks it on /api/stats/traffic. */
class MonthParameterTest {

    // 31 May 2024, 18:00 UTC is already 1 June in Jakarta: the office's month, not UTC's
    private final OfficeClock clock = OfficeClock.of(ZoneId.of("Asia/Jakarta"),
            Clock.fixed(Instant.parse("2024-05-31T18:00:00Z"), ZoneId.of("UTC")));

    @Test
    void readsTheMonthOrTakesTheOfficesCurrentOne() {
        assertEquals(YearMonth.of(2024, 5), MonthParameter.of(clock, " 2024-05 "));
        assertEquals(YearMonth.of(2024, 6), MonthParameter.of(clock, null));
        assertEquals(YearMonth.of(2024, 6), MonthParameter.of(clock, ""));
    }
}
