package id.djpk.portal.helpdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.djpk.portal.calendar.OfficeHours;
import id.djpk.portal.calendar.WorkingDays;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 120 on H or H+1, 100 on H+2 or H+3, 80 later, counted in working days in the office's zone. */
class L2ScoreTest {

    static final WorkingDays DAYS = new WorkingDays(List.of(LocalDate.of(2024, 5, 9), LocalDate.of(2024, 5, 10)),
            OfficeHours.DEFAULT);
    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    @ParameterizedTest(name = "{0} → {1}: {2} ({3})")
    @CsvSource(delimiter = '|', value = {
            "2024-05-01T09:00+07:00 | 2024-05-01T15:00+07:00 | 120 | same day (H)",
            "2024-05-01T09:00+07:00 | 2024-05-02T16:59+07:00 | 120 | next working day (H+1)",
            "2024-05-01T09:00+07:00 | 2024-05-03T08:00+07:00 | 100 | H+2",
            "2024-05-01T09:00+07:00 | 2024-05-06T10:00+07:00 | 100 | H+3: the weekend does not count",
            "2024-05-01T09:00+07:00 | 2024-05-07T10:00+07:00 | 80  | H+4",
            "2024-05-08T09:00+07:00 | 2024-05-13T09:00+07:00 | 120 | Kenaikan, cuti bersama and the weekend skipped: H+1",
            "2024-05-08T09:00+07:00 | 2024-05-15T09:00+07:00 | 100 | H+3 across the holidays",
            "2024-05-08T09:00+07:00 | 2024-05-16T09:00+07:00 | 80  | H+4 across the holidays",
            "2024-05-04T10:00+07:00 | 2024-05-06T10:00+07:00 | 120 | escalated on Saturday, drafted Monday",
            "2024-05-04T10:00+07:00 | 2024-05-08T10:00+07:00 | 100 | escalated on Saturday, drafted Wednesday (H+3)",
            "2024-05-01T23:30+07:00 | 2024-05-03T01:00+07:00 | 100 | late-night times: the office's dates decide",
            "2024-05-01T16:30Z      | 2024-05-02T09:00+07:00 | 120 | 23.30 WIB on H, next morning"})
    void score(OffsetDateTime escalated, OffsetDateTime drafted, int expected, String what) {
        assertEquals(expected, L2Score.score(escalated.toInstant(), drafted.toInstant(), DAYS, WIB));
    }
}
