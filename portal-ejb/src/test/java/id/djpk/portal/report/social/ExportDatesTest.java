package id.djpk.portal.report.social;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExportDatesTest {

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {
            // ISO, as Meta Insights and YouTube write them
            "2024-03-15                 | 2024-03-15",
            "2024-03-15T00:00:00        | 2024-03-15",
            "2024-03-15 13:18:00        | 2024-03-15",
            // X's tweet export is in UTC: 18:00 UTC is 01:00 the next day in Jakarta
            "2024-03-31 18:00 +0000     | 2024-04-01",
            "2024-02-29 16:00 +0000     | 2024-02-29",
            "2024-03-31T17:00:00Z       | 2024-04-01",
            // Meta, month first
            "03/15/2024 10:00           | 2024-03-15",
            "03/04/2024 10:00           | 2024-03-04",
            "3/12/2019 10:01:01 AM      | 2019-03-12",
            "3/1/24                     | 2024-03-01",
            // named months: X, YouTube, Indonesian
            "'Tue, Mar 5, 2024'         | 2024-03-05",
            "'Sun, Mar 31, 2024'        | 2024-03-31",
            "'Mar 5, 2024'              | 2024-03-05",
            "Sep 1 2026                 | 2026-09-01",
            "15 Maret 2024              | 2024-03-15",
            "'Jumat, 1 Maret 2024 09.30'| 2024-03-01",
            "28 Agu 2024                | 2024-08-28",
            "17 Agustus 2024            | 2024-08-17",
            "'Sept. 3, 2024'            | 2024-09-03"})
    void days(String cell, LocalDate day) {
        assertEquals(day, ExportDates.parse(cell, false).date());
    }

    @Test
    void dayFirstWhenTheColumnShowsIt() {
        assertTrue(ExportDates.dayFirst(List.of("04/03/2024", "15/03/2024 10:00")));
        assertFalse(ExportDates.dayFirst(List.of("04/03/2024", "03/15/2024 10:00")));
        assertEquals(LocalDate.of(2024, 3, 4), ExportDates.parse("04/03/2024", true).date());
        assertEquals(LocalDate.of(2024, 4, 3), ExportDates.parse("04/03/2024", false).date());
    }

    @ParameterizedTest(name = "\"{0}\" → --{1}-{2}")
    @CsvSource(delimiter = '|', value = {
            "September 25 | 9  | 25",
            "28 August    | 8  | 28",
            "1 April      | 4  | 1",
            "28 Agustus   | 8  | 28",
            "February 29  | 2  | 29",
            "1 Mei        | 5  | 1"})
    void daysWithoutYear(String cell, int month, int day) {
        ExportDates.ExportDate d = ExportDates.parse(cell, false);
        assertFalse(d.hasYear());
        assertEquals(MonthDay.of(month, day), d.dayOfYear());
    }

    @Test
    void emptyIsNoDay() {
        assertNull(ExportDates.parse("  ", false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Lifetime", "Total", "2024-13-01", "02/30/2024", "32 Maret 2024", "Mar 2024",
            "kemarin", "12345", "March 5, 2024, 2025"})
    void notDays(String cell) {
        assertThrows(DateTimeException.class, () -> ExportDates.parse(cell, false));
    }
}
