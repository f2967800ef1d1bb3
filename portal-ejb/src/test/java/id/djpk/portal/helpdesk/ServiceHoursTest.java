package id.djpk.portal.helpdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.djpk.portal.calendar.OfficeHours;
import id.djpk.portal.calendar.WorkingDays;
import id.djpk.portal.reference.TimeZoneCode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Service hours in the requester's own zone, on working days only. */
class ServiceHoursTest {

    /** Kenaikan Isa Al Masih 2024 and its cuti bersama. */
    static final WorkingDays DAYS = new WorkingDays(List.of(LocalDate.of(2024, 5, 9), LocalDate.of(2024, 5, 10)),
            OfficeHours.DEFAULT);

    @ParameterizedTest(name = "{0} in {1}: {2} ({3})")
    @CsvSource(delimiter = '|', value = {
            "2024-05-02T09:15+07:00 | WIB  | INSIDE       | Thursday morning in Jakarta",
            "2024-05-02T08:00+07:00 | WIB  | INSIDE       | opening time counts as inside",
            "2024-05-02T07:59+07:00 | WIB  | OUTSIDE      | a minute before opening",
            "2024-05-02T17:00+07:00 | WIB  | OUTSIDE      | closing time counts as outside",
            "2024-05-02T16:59+07:00 | WIB  | INSIDE       | a minute before closing",
            "2024-05-02T15:30+07:00 | WIT  | OUTSIDE      | 17.30 WIT in Jayapura, though 15.30 in Jakarta",
            "2024-05-02T06:30+07:00 | WIT  | INSIDE       | 08.30 WIT in Jayapura, before Jakarta opens",
            "2024-05-02T07:30+07:00 | WITA | INSIDE       | 08.30 WITA in Makassar",
            "2024-05-02T16:30+07:00 | WITA | OUTSIDE      | 17.30 WITA in Makassar",
            "2024-05-04T10:00+07:00 | WIB  | OUTSIDE      | Saturday",
            "2024-05-09T10:00+07:00 | WIB  | OUTSIDE      | Kenaikan Isa Al Masih, a national holiday",
            "2024-05-10T10:00+09:00 | WIT  | OUTSIDE      | cuti bersama, also in Papua",
            "2024-05-03T23:30+07:00 | WIT  | OUTSIDE      | Saturday 01.30 in Jayapura: the local date decides",
            "2024-05-05T23:30+07:00 | WIT  | OUTSIDE      | Monday 01.30 WIT: a working day, before opening",
            "2024-05-05T23:30Z      | WIT  | INSIDE       | Monday 08.30 WIT while Sunday night in Jakarta",
            "2024-05-05T23:30Z      | WIB  | OUTSIDE      | the same instant in Jakarta: 06.30",
            "2024-05-02T09:15+07:00 |      | UNIDENTIFIED | no region, no zone"})
    void judged(OffsetDateTime at, TimeZoneCode zone, HoursVerdict expected, String what) {
        assertEquals(expected, ServiceHours.DEFAULT.judge(at.toInstant(), zone, DAYS));
    }

    @Test
    void configuredHours() {
        ServiceHours late = ServiceHours.parse("07:30", "16:00");
        assertEquals(HoursVerdict.INSIDE, late.judge(OffsetDateTime.parse("2024-05-02T07:45+07:00").toInstant(),
                TimeZoneCode.WIB, DAYS));
        assertEquals(HoursVerdict.OUTSIDE, late.judge(OffsetDateTime.parse("2024-05-02T16:15+07:00").toInstant(),
                TimeZoneCode.WIB, DAYS));
        assertThrows(IllegalArgumentException.class, () -> ServiceHours.parse("17:00", "08:00"));
        assertThrows(IllegalArgumentException.class, () -> ServiceHours.parse("8 pagi", "17:00"));
    }
}
