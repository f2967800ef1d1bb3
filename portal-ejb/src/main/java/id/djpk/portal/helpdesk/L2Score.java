package id.djpk.portal.helpdesk;

import id.djpk.portal.calendar.WorkingDays;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The speed score of a Layer 2 unit's draft answer (the monthly report's rule): 120 when the draft came on
 * the day of escalation (H) or the next working day (H+1), 100 on H+2 or H+3, 80 later. Days are the office's
 * working days in its own zone, where the units sit; an escalation on a Saturday has Monday as its H+1.
 */
public final class L2Score {

    public static final int FAST = 120;
    public static final int ON_TIME = 100;
    public static final int LATE = 80;

    /** The working days to the callback deadline (SE-2/PK.1/2024 E.3.a). */
    public static final int CALLBACK_WORKING_DAYS = 3;

    private L2Score() {
    }

    public static int score(Instant escalated, Instant drafted, WorkingDays days, ZoneId officeZone) {
        LocalDate h = escalated.atZone(officeZone).toLocalDate();
        LocalDate d = drafted.atZone(officeZone).toLocalDate();
        int after = d.isAfter(h) ? days.workingDaysBetween(h, d) : 0;
        if (after <= 1) {
            return FAST;
        }
        return after <= CALLBACK_WORKING_DAYS ? ON_TIME : LATE;
    }
}
