package id.djpk.portal.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OfficeHoursTest {

    @Test
    void mondayToFridayEightToFiveInJakartaByDefault() {
        OfficeHours h = OfficeHours.parse("08:00", "17:00", "Asia/Jakarta");
        assertEquals(OfficeHours.DEFAULT, h);
        assertEquals(ZoneId.of("Asia/Jakarta"), h.zone());
        assertEquals(LocalTime.of(17, 0), h.closing());
        assertTrue(h.isWorkingWeekday(DayOfWeek.FRIDAY));
        assertFalse(h.isWorkingWeekday(DayOfWeek.SATURDAY));
        assertFalse(h.isWorkingWeekday(DayOfWeek.SUNDAY));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "2024-05-02T15:59+08:00 | 2024-05-02 | before 16:00 in Makassar",
            "2024-05-02T16:00+08:00 | 2024-05-03 | closing time in Makassar",
            "2024-05-02T16:30+07:00 | 2024-05-03 | 16:30 WIB is 17:30 WITA, after closing"})
    void theConfiguredHoursAndZoneDecideTheDayOfReceipt(OffsetDateTime received, LocalDate expected, String what) {
        OfficeHours makassar = OfficeHours.parse(" 07:30 ", "16:00", "Asia/Makassar");
        WorkingDays calendar = new WorkingDays(ShippedHolidays.dates(), makassar);
        assertEquals(expected, calendar.receiptDay(received.toInstant()));
    }

    @ParameterizedTest(name = "{0}–{1} {2}")
    @CsvSource(delimiter = '|', value = {
            "8am   | 17:00 | Asia/Jakarta | portal.office.open",
            "08:00 | 25:00 | Asia/Jakarta | portal.office.close",
            "08:00 | 17:00 | Jakarta      | portal.office.zone",
            "08:00 | 17:00 | ''           | portal.office.zone",
            "17:00 | 08:00 | Asia/Jakarta | closing time"})
    void aMistakeInTheConfigurationNamesTheSetting(String open, String close, String zone, String named) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OfficeHours.parse(open, close, zone));
        assertTrue(e.getMessage().contains(named), e.getMessage());
    }
}
