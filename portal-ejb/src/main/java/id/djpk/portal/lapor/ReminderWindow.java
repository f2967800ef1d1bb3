package id.djpk.portal.lapor;

import id.djpk.portal.calendar.WorkingDays;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Which periods of a report type fall due soon enough to remind the regions still owing them: those whose deadline
 * lies from today up to the {@code workingDays}-th working day after today. A run that missed days (a server down over
 * a weekend) still reminds of a deadline it would have reminded of earlier, as long as the deadline has not passed;
 * the reminder log keeps it to once per region and report.
 */
public final class ReminderWindow {

    private ReminderWindow() {
    }

    /** The last deadline a run on {@code today} reminds of. */
    public static LocalDate until(LocalDate today, int workingDays, WorkingDays calendar) {
        return calendar.deadline(today, workingDays).due();
    }

    /** The periods of {@code kind} whose deadline under {@code rule} is from {@code today} to {@link #until}, oldest first. */
    public static List<Period> periodsDue(PeriodKind kind, DeadlineRule rule, LocalDate today, int workingDays,
            WorkingDays calendar) {
        if (kind == PeriodKind.ONCE || workingDays < 1) {
            return List.of();
        }
        LocalDate last = until(today, workingDays, calendar);
        List<Period> out = new ArrayList<>();
        // a deadline is at most MAX_MONTHS_AFTER months after its period ends: the periods of the last three years
        int fromYear = Math.max(Period.MIN_YEAR, today.getYear() - 3);
        for (int year = fromYear; year <= Math.min(Period.MAX_YEAR, today.getYear() + 1); year++) {
            for (int index = 1; index <= kind.perYear(); index++) {
                Period p = new Period(kind, year, index);
                LocalDate due = rule.due(p, calendar);
                if (!due.isBefore(today) && !due.isAfter(last)) {
                    out.add(p);
                }
            }
        }
        return out;
    }
}
