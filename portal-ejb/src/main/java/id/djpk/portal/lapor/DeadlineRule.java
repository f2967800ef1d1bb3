package id.djpk.portal.lapor;

import id.djpk.portal.calendar.WorkingDays;
import id.djpk.portal.system.InvalidInputException;
import id.djpk.portal.system.Violation;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A unit's deadline for a report type, {@code {"monthsAfter": m, "day": d}}: day {@code d} of the {@code m}-th month
 * after the month the period ends (0: that month itself), clamped to the month's length (day 31 of February is its
 * last day), moved to the next working day when it falls on a weekend, a national holiday or cuti bersama. A report
 * received on or before that day, office time, is on time; the hour does not matter (a region uploading at 23:00
 * on the last day is on time).
 */
public record DeadlineRule(int monthsAfter, int day) implements Serializable {

    public static final int MAX_MONTHS_AFTER = 24;

    public DeadlineRule {
        List<Violation> v = violations(monthsAfter, day);
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
    }

    /** What is wrong with the two numbers ({@code deadline.monthsAfter}, {@code deadline.day}), nothing when they fit. */
    public static List<Violation> violations(Integer monthsAfter, Integer day) {
        List<Violation> v = new ArrayList<>();
        if (monthsAfter == null || monthsAfter < 0 || monthsAfter > MAX_MONTHS_AFTER) {
            v.add(Violation.of("deadline.monthsAfter", "lapor.deadlineMonths", MAX_MONTHS_AFTER));
        }
        if (day == null || day < 1 || day > 31) {
            v.add(Violation.of("deadline.day", "lapor.deadlineDay"));
        }
        return v;
    }

    /**
     * The rule from the two numbers as written; both left out (null): no rule.
     *
     * @throws InvalidInputException naming {@code deadline.monthsAfter} and {@code deadline.day} when they do not fit
     */
    public static DeadlineRule of(Integer monthsAfter, Integer day) {
        if (monthsAfter == null && day == null) {
            return null;
        }
        List<Violation> v = violations(monthsAfter, day);
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        return new DeadlineRule(monthsAfter, day);
    }

    /** The day as the rule writes it, before a non-working day moves it. */
    public LocalDate nominal(Period period) {
        YearMonth month = period.lastMonth().plusMonths(monthsAfter);
        return month.atDay(Math.min(day, month.lengthOfMonth()));
    }

    /** The deadline of the period: {@link #nominal}, or the next working day after it when it is not one. */
    public LocalDate due(Period period, WorkingDays calendar) {
        LocalDate d = nominal(period);
        return calendar.isWorkingDay(d) ? d : calendar.nextWorkingDay(d);
    }

    /** Whether a report received at {@code received} meets the deadline {@code due}, by the office's calendar day. */
    public static boolean onTime(Instant received, LocalDate due, ZoneId zone) {
        return !received.atZone(zone).toLocalDate().isAfter(due);
    }
}
