package id.djpk.portal.calendar;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * When the office receives things: its time zone, opening and closing time and the weekdays it works.
 * Closing time belongs to the evening: whatever arrives at 17:00 or later is handled the next working day.
 */
public record OfficeHours(ZoneId zone, LocalTime opening, LocalTime closing, Set<DayOfWeek> workingWeekdays)
        implements Serializable {

    /** Monday to Friday, 08:00–17:00 WIB: the working hours of the ministry's central offices. */
    public static final OfficeHours DEFAULT = new OfficeHours(id.djpk.portal.system.OfficeClock.DEFAULT_ZONE, LocalTime.of(8, 0),
            LocalTime.of(17, 0), EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));

    public OfficeHours {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(opening, "opening");
        Objects.requireNonNull(closing, "closing");
        if (!closing.isAfter(opening)) {
            throw new IllegalArgumentException("closing time " + closing + " must be after opening time " + opening);
        }
        if (workingWeekdays == null || workingWeekdays.isEmpty()) {
            // without a working weekday no deadline could ever fall due
            throw new IllegalArgumentException("at least one working weekday is needed");
        }
        workingWeekdays = Set.copyOf(workingWeekdays);
    }

    /**
     * Office hours from configuration text ("08:00", "17:00", "Asia/Jakarta"), Monday to Friday. Fails with
     * the name of the setting at fault, so a typo in the configuration is found at start, not at the first deadline.
     */
    public static OfficeHours parse(String opening, String closing, String zone) {
        return new OfficeHours(zone(zone), time("portal.office.open", opening), time("portal.office.close", closing),
                DEFAULT.workingWeekdays());
    }

    public boolean isWorkingWeekday(DayOfWeek day) {
        return workingWeekdays.contains(day);
    }

    private static LocalTime time(String key, String value) {
        try {
            return LocalTime.parse(value == null ? "" : value.trim());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(key + " must be a time like 08:00, not \"" + value + "\"", e);
        }
    }

    private static ZoneId zone(String value) {
        try {
            return ZoneId.of(value == null ? "" : value.trim());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("portal.office.zone must be a time zone like Asia/Jakarta, not \""
                    + value + "\"", e);
        }
    }
}
