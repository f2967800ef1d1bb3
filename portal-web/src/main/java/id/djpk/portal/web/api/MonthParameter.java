package id.djpk.portal.web.api;

import id.djpk.portal.system.OfficeClock;
import jakarta.ws.rs.BadRequestException;
import java.time.YearMonth;

/**
 * The staff API's {@code month} query parameter, read the one way: {@code 2024-05}, the office's current month
 * without it, anything else a 400 whose {@code error} names the format ({@link ApiErrors}).
 */
public final class MonthParameter {

    /** The 400's detail for scripts, as the figures resources have always named it. */
    public static final String FORMAT = "month must be yyyy-MM";

    private MonthParameter() {
    }

    public static YearMonth of(OfficeClock clock, String text) {
        return of(clock, text, FORMAT);
    }

    /** The same with the 400's own detail (the PPID figures have always said {@code month must be YYYY-MM}). */
    public static YearMonth of(OfficeClock clock, String text, String formatDetail) {
        try {
            return clock.month(text);
        } catch (OfficeClock.MonthFormatException e) {
            throw new BadRequestException(formatDetail);
        }
    }
}
