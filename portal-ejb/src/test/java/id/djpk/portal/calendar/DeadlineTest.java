package id.djpk.portal.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The explanation staff and requesters read beside a due date, in both languages of the portal. */
class DeadlineTest {

    static final Locale ID = Locale.forLanguageTag("id-ID");

    @Test
    void theExampleOfTheIssueWithTheHolidaysOf2024() {
        Deadline d = ShippedHolidays.workingDays().deadline(LocalDate.of(2024, 5, 2), 10);
        assertEquals("10 hari kerja sejak 2 Mei 2024 → 20 Mei 2024 (dilewati: 4–5 Mei, 9–12 Mei, 18–19 Mei)", d.explain(ID));
        assertEquals("10 working days from 2 May 2024 → 20 May 2024 (skipped: 4–5 May, 9–12 May, 18–19 May)",
                d.explain(Locale.ENGLISH));
    }

    @ParameterizedTest(name = "{1} working days from {0}")
    @CsvSource(delimiter = '|', value = {
            "2024-05-06 |  2 | 2 hari kerja sejak 6 Mei 2024 → 8 Mei 2024"
                    + " | 2 working days from 6 May 2024 → 8 May 2024",
            "2024-05-03 |  1 | 1 hari kerja sejak 3 Mei 2024 → 6 Mei 2024 (dilewati: 4–5 Mei)"
                    + " | 1 working day from 3 May 2024 → 6 May 2024 (skipped: 4–5 May)",
            "2024-05-20 |  7 | 7 hari kerja sejak 20 Mei 2024 → 31 Mei 2024 (dilewati: 23–26 Mei)"
                    + " | 7 working days from 20 May 2024 → 31 May 2024 (skipped: 23–26 May)",
            "2024-12-23 | 10 | 10 hari kerja sejak 23 Desember 2024 → 9 Januari 2025 (dilewati: 25–26 Desember,"
                    + " 28–29 Desember, 1 Januari, 4–5 Januari)"
                    + " | 10 working days from 23 December 2024 → 9 January 2025 (skipped: 25–26 December,"
                    + " 28–29 December, 1 January, 4–5 January)"})
    void explanations(LocalDate from, int days, String indonesian, String english) {
        Deadline d = ShippedHolidays.workingDays().deadline(from, days);
        assertEquals(indonesian, d.explain(ID));
        assertEquals(english, d.explain(Locale.ENGLISH));
    }

    @Test
    void aRangeAcrossMonthsNamesBothMonths() {
        // 31 May 2024 as an extra day off, then Hari Lahir Pancasila on Saturday 1 June and Sunday
        Deadline d = ShippedHolidays.workingDaysWith(LocalDate.of(2024, 5, 31)).deadline(LocalDate.of(2024, 5, 30), 1);
        assertEquals("1 hari kerja sejak 30 Mei 2024 → 3 Juni 2024 (dilewati: 31 Mei–2 Juni)", d.explain(ID));
        assertEquals("1 working day from 30 May 2024 → 3 June 2024 (skipped: 31 May–2 June)", d.explain(Locale.ENGLISH));
    }

    @Test
    void aRangeAcrossYearsNamesBothYears() {
        Deadline d = ShippedHolidays.workingDaysWith(LocalDate.of(2024, 12, 31)).deadline(LocalDate.of(2024, 12, 30), 1);
        assertEquals("1 hari kerja sejak 30 Desember 2024 → 2 Januari 2025 (dilewati: 31 Desember 2024–1 Januari 2025)",
                d.explain(ID));
        assertEquals("1 working day from 30 December 2024 → 2 January 2025 (skipped: 31 December 2024–1 January 2025)",
                d.explain(Locale.ENGLISH));
    }

    @ParameterizedTest(name = "language tag \"{0}\"")
    @CsvSource(delimiter = '|', value = {
            "''           | 10 hari kerja sejak 2 Mei 2024",
            "id           | 10 hari kerja sejak 2 Mei 2024",
            "en-US        | 10 working days from 2 May 2024",
            "fr           | 10 hari kerja sejak 2 Mei 2024"})
    void anyLanguageButEnglishReadsIndonesian(String tag, String start) {
        Deadline d = ShippedHolidays.workingDays().deadline(LocalDate.of(2024, 5, 2), 10);
        assertEquals(start, d.explain(Locale.forLanguageTag(tag)).substring(0, start.length()));
        assertEquals(d.explain(ID), d.explain(null));
    }

    @ParameterizedTest(name = "{0}–{1}")
    @CsvSource(delimiter = '|', value = {
            "2024-05-09 | 2024-05-09 | 9 Mei                        | 9 May",
            "2024-05-09 | 2024-05-12 | 9–12 Mei                     | 9–12 May",
            "2024-05-31 | 2024-06-02 | 31 Mei–2 Juni                | 31 May–2 June",
            "2024-12-31 | 2025-01-01 | 31 Desember 2024–1 Januari 2025 | 31 December 2024–1 January 2025"})
    void ranges(LocalDate first, LocalDate last, String indonesian, String english) {
        DateRange r = new DateRange(first, last);
        assertEquals(indonesian, r.format(ID));
        assertEquals(english, r.format(Locale.ENGLISH));
    }
}
