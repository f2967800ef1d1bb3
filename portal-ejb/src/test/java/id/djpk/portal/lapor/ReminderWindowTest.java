package id.djpk.portal.lapor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which periods a day's reminder run covers: deadlines from that day to N working days ahead. */
class ReminderWindowTest {

    static final DeadlineRule DAY_10_NEXT_MONTH = new DeadlineRule(1, 10);

    static List<String> due(PeriodKind kind, DeadlineRule rule, String today, int days) {
        return ReminderWindow.periodsDue(kind, rule, LocalDate.parse(today), days, DeadlineRuleTest.CALENDAR).stream()
                .map(Period::format).toList();
    }

    @Test
    void fiveWorkingDaysAhead() {
        // May 2024's DAU report is due Monday 10 June 2024; five working days before is Monday 3 June
        assertEquals(List.of(), due(PeriodKind.MONTHLY, DAY_10_NEXT_MONTH, "2024-05-31", 5), "six working days before");
        assertEquals(List.of("2024-05"), due(PeriodKind.MONTHLY, DAY_10_NEXT_MONTH, "2024-06-03", 5));
        assertEquals(List.of("2024-05"), due(PeriodKind.MONTHLY, DAY_10_NEXT_MONTH, "2024-06-07", 5), "a run that missed days");
        assertEquals(List.of("2024-05"), due(PeriodKind.MONTHLY, DAY_10_NEXT_MONTH, "2024-06-10", 5), "the day itself");
        assertEquals(List.of(), due(PeriodKind.MONTHLY, DAY_10_NEXT_MONTH, "2024-06-11", 5), "passed");
    }

    @Test
    void holidaysMoveTheDeadlineAndCountAsNoWorkingDay() {
        // March 2024's report is due 16 April 2024 (Idul Fitri and cuti bersama 8-15 April): on Monday 1 April the
        // five working days ahead are 2-5 April and 16 April, skipping the holidays
        assertEquals(List.of("2024-03"), due(PeriodKind.MONTHLY, DAY_10_NEXT_MONTH, "2024-04-01", 5));
        assertEquals(List.of(), due(PeriodKind.MONTHLY, DAY_10_NEXT_MONTH, "2024-03-29", 5), "from Friday 29 March they end on 5 April");
    }

    @Test
    void quartersYearsAndNone() {
        assertEquals(List.of("2024-Q1"), due(PeriodKind.QUARTERLY, new DeadlineRule(1, 9), "2024-04-05", 5));
        assertEquals(List.of("2023"), due(PeriodKind.YEARLY, new DeadlineRule(1, 31), "2024-01-29", 3));
        assertEquals(List.of("2022"), due(PeriodKind.YEARLY, new DeadlineRule(24, 15), "2024-12-12", 3), "two years after");
        assertEquals(List.of(), due(PeriodKind.ONCE, new DeadlineRule(1, 31), "2024-01-29", 3), "one-off reports have no deadline");
        assertEquals(List.of(), due(PeriodKind.MONTHLY, DAY_10_NEXT_MONTH, "2024-06-07", 0), "reminders off");
    }
}
