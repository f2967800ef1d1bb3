package id.djpk.portal.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The working-day rules against the holidays the portal ships (2024–2026). */
class WorkingDaysTest {

    static final WorkingDays CALENDAR = ShippedHolidays.workingDays();

    @ParameterizedTest(name = "{0} {2}")
    @CsvSource(delimiter = '|', value = {
            "2024-05-02 | true  | Thursday",
            "2024-05-04 | false | Saturday",
            "2024-05-05 | false | Sunday",
            "2024-05-09 | false | Kenaikan Isa Al Masih (libur nasional)",
            "2024-05-10 | false | cuti bersama on a Friday",
            "2024-06-01 | false | Hari Lahir Pancasila on a Saturday",
            "2024-04-08 | false | cuti bersama Idul Fitri",
            "2024-12-26 | false | cuti bersama Natal",
            "2024-12-27 | true  | Friday between Natal and the new year",
            "2024-12-31 | true  | the last day of 2024",
            "2025-01-01 | false | Tahun Baru 2025",
            "2025-01-02 | true  | first working day of 2025",
            "2026-12-24 | false | cuti bersama Natal 2026"})
    void workingDays(LocalDate day, boolean working, String what) {
        assertEquals(working, CALENDAR.isWorkingDay(day));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', value = {
            "2024-05-02T09:00+07:00    | 2024-05-02 | during office hours",
            "2024-05-02T07:15+07:00    | 2024-05-02 | before opening on a working day: that day",
            "2024-05-02T16:59:59+07:00 | 2024-05-02 | a second before closing",
            "2024-05-02T17:00+07:00    | 2024-05-03 | at closing time: the next working day",
            "2024-05-02T23:30+07:00    | 2024-05-03 | late evening",
            "2024-05-02T23:30Z         | 2024-05-03 | 06:30 WIB on Friday: the office's time zone decides",
            "2024-05-03T17:30+07:00    | 2024-05-06 | Friday after hours: Monday",
            "2024-05-04T10:00+07:00    | 2024-05-06 | Saturday",
            "2024-05-05T07:00+07:00    | 2024-05-06 | Sunday morning",
            "2024-05-09T10:00+07:00    | 2024-05-13 | on a national holiday, before cuti bersama and a weekend",
            "2024-05-08T18:00+07:00    | 2024-05-13 | the evening before a holiday",
            "2024-12-24T17:01+07:00    | 2024-12-27 | after hours before Natal and cuti bersama",
            "2024-12-31T17:05+07:00    | 2025-01-02 | after hours on the last day of the year",
            "2025-01-01T09:00+07:00    | 2025-01-02 | on new year's day"})
    void receiptDay(OffsetDateTime received, LocalDate expected, String what) {
        assertEquals(expected, CALENDAR.receiptDay(received.toInstant()));
    }

    @ParameterizedTest(name = "{1} working days from {0}")
    @CsvSource(delimiter = '|', value = {
            "2024-05-02 | 10 | 2024-05-20 | weekends, Kenaikan and its cuti bersama",
            "2024-05-13 | 10 | 2024-05-29 | Waisak and its cuti bersama",
            "2024-05-03 |  1 | 2024-05-06 | Friday: the next working day is Monday",
            "2024-04-05 |  3 | 2024-04-18 | Idul Fitri with four days of cuti bersama",
            "2024-12-23 | 10 | 2025-01-09 | Natal, cuti bersama and Tahun Baru across the year",
            "2026-12-21 | 10 | 2027-01-06 | into 2027, whose holidays are not entered: only weekends"})
    void deadlines(LocalDate receipt, int days, LocalDate due, String what) {
        Deadline d = CALENDAR.deadline(receipt, days);
        assertEquals(due, d.due());
        assertEquals(receipt, d.from());
        assertEquals(days, d.workingDays());
    }

    @Test
    void tenWorkingDaysForAnAnswerAndSevenMoreForTheExtension() {
        Deadline answer = CALENDAR.deadlineFrom(OffsetDateTime.parse("2024-05-02T10:00+07:00").toInstant(), 10);
        assertEquals(LocalDate.of(2024, 5, 20), answer.due());
        Deadline extended = CALENDAR.extend(answer.due(), 7);
        assertEquals(LocalDate.of(2024, 5, 31), extended.due(), "Waisak (23 May) and its cuti bersama (24 May) skipped");
        assertEquals(LocalDate.of(2024, 5, 20), extended.from());
        assertEquals(List.of(new DateRange(LocalDate.of(2024, 5, 23), LocalDate.of(2024, 5, 26))), extended.skipped());
    }

    @Test
    void skippedDaysAreMergedIntoRanges() {
        assertEquals(List.of(
                        new DateRange(LocalDate.of(2024, 5, 4), LocalDate.of(2024, 5, 5)),
                        new DateRange(LocalDate.of(2024, 5, 9), LocalDate.of(2024, 5, 12)),
                        new DateRange(LocalDate.of(2024, 5, 18), LocalDate.of(2024, 5, 19))),
                CALENDAR.deadline(LocalDate.of(2024, 5, 2), 10).skipped());
        assertEquals(List.of(), CALENDAR.deadline(LocalDate.of(2024, 5, 6), 2).skipped());
    }

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "2024-05-02 | 2024-05-20 | 10",
            "2024-05-02 | 2024-05-02 |  0",
            "2024-05-03 | 2024-05-06 |  1",
            "2024-05-08 | 2024-05-13 |  1",
            "2024-05-04 | 2024-05-05 |  0",
            "2024-05-20 | 2024-05-02 | -10",
            "2024-12-23 | 2025-01-09 | 10"})
    void workingDaysBetween(LocalDate from, LocalDate to, int expected) {
        assertEquals(expected, CALENDAR.workingDaysBetween(from, to));
    }

    @ParameterizedTest(name = "{0} working days")
    @CsvSource({"1", "3", "7", "10", "14", "30"})
    void everyDeadlineOf2024FallsOnAWorkingDayAndCountsBack(int days) {
        for (LocalDate d = LocalDate.of(2024, 1, 1); d.getYear() == 2024; d = d.plusDays(1)) {
            Deadline deadline = CALENDAR.deadline(d, days);
            assertTrue(CALENDAR.isWorkingDay(deadline.due()), deadline::toString);
            assertEquals(days, CALENDAR.workingDaysBetween(d, deadline.due()), deadline::toString);
        }
    }

    @Test
    void aDeadlineNeedsAtLeastOneWorkingDay() {
        assertThrows(IllegalArgumentException.class, () -> CALENDAR.deadline(LocalDate.of(2024, 5, 2), 0));
        assertThrows(IllegalArgumentException.class, () -> CALENDAR.extend(LocalDate.of(2024, 5, 2), -7));
    }
}
