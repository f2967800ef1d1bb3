package id.djpk.portal.lapor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.djpk.portal.calendar.OfficeHours;
import id.djpk.portal.calendar.WorkingDays;
import id.djpk.portal.system.InvalidInputException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Deadlines of report types: the rule's day, clamped to the month, moved past weekends and holidays; on time. */
class DeadlineRuleTest {

    /** Some of the shipped 2024 holidays and cuti bersama (Idul Fitri, Tahun Baru Islam), and Idul Fitri 2025. */
    static final WorkingDays CALENDAR = new WorkingDays(Set.of(
            LocalDate.parse("2024-04-08"), LocalDate.parse("2024-04-09"), LocalDate.parse("2024-04-10"),
            LocalDate.parse("2024-04-11"), LocalDate.parse("2024-04-12"), LocalDate.parse("2024-04-15"),
            LocalDate.parse("2024-07-07"), LocalDate.parse("2025-03-31"), LocalDate.parse("2025-04-01")),
            OfficeHours.DEFAULT);

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    @ParameterizedTest(name = "{0} {1}, {2} months after, day {3} → {5}")
    @CsvSource(delimiter = '|', value = {
            "MONTHLY   | 2024-05 | 1 | 10 | 2024-06-10 | 2024-06-10 | a Monday: as written",
            "MONTHLY   | 2024-03 | 1 | 10 | 2024-04-10 | 2024-04-16 | Idul Fitri, its cuti bersama and a weekend",
            "MONTHLY   | 2024-01 | 1 | 31 | 2024-02-29 | 2024-02-29 | clamped to February of a leap year",
            "MONTHLY   | 2023-01 | 1 | 31 | 2023-02-28 | 2023-02-28 | clamped to February",
            "MONTHLY   | 2024-06 | 1 | 6  | 2024-07-06 | 2024-07-08 | a Saturday before Tahun Baru Islam on Sunday",
            "MONTHLY   | 2024-04 | 0 | 25 | 2024-04-25 | 2024-04-25 | in the period's own month",
            "MONTHLY   | 2024-12 | 1 | 15 | 2025-01-15 | 2025-01-15 | into the next year",
            "QUARTERLY | 2024-Q1 | 1 | 9  | 2024-04-09 | 2024-04-16 | cuti bersama",
            "QUARTERLY | 2024-Q3 | 1 | 31 | 2024-10-31 | 2024-10-31 | the quarter's next month",
            "SEMESTER  | 2024-S1 | 1 | 17 | 2024-07-17 | 2024-07-17 | after the semester's June",
            "YEARLY    | 2024    | 3 | 31 | 2025-03-31 | 2025-04-02 | Idul Fitri 2025"})
    void due(PeriodKind kind, String period, int monthsAfter, int day, LocalDate nominal, LocalDate due, String what) {
        DeadlineRule rule = new DeadlineRule(monthsAfter, day);
        Period p = Period.parse(kind, period);
        assertEquals(nominal, rule.nominal(p));
        assertEquals(due, rule.due(p, CALENDAR));
    }

    @Test
    void onTimeByTheOfficesCalendarDay() {
        LocalDate due = LocalDate.parse("2024-04-16");
        assertTrue(DeadlineRule.onTime(OffsetDateTime.parse("2024-04-16T23:59:59+07:00").toInstant(), due, WIB),
                "late in the evening of the last day");
        assertTrue(DeadlineRule.onTime(OffsetDateTime.parse("2024-04-16T16:30Z").toInstant(), due, WIB),
                "23:30 WIB, although 16 April in UTC too");
        assertFalse(DeadlineRule.onTime(OffsetDateTime.parse("2024-04-16T17:00Z").toInstant(), due, WIB),
                "00:00 WIB the next day, though still 16 April in UTC");
        assertTrue(DeadlineRule.onTime(OffsetDateTime.parse("2024-03-01T08:00+07:00").toInstant(), due, WIB), "early");
    }

    @Test
    void refusesRulesOutsideTheCalendar() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new DeadlineRule(-1, 32));
        assertEquals(List.of("deadline.monthsAfter", "deadline.day"), e.getViolations().stream().map(v -> v.field()).toList());
        assertThrows(InvalidInputException.class, () -> new DeadlineRule(25, 1));
        assertThrows(InvalidInputException.class, () -> new DeadlineRule(1, 0));
    }
}
