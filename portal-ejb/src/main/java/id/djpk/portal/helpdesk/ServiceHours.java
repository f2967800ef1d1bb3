package id.djpk.portal.helpdesk;

import id.djpk.portal.calendar.WorkingDays;
import id.djpk.portal.reference.TimeZoneCode;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * The contact center's service hours, judged in the requester's own time zone: a question sent at 16.30 WIT
 * from Jayapura is out of hours although it is 14.30 in Jakarta. The days are the office's working days
 * (weekdays minus national holidays and cuti bersama), the same in all three zones.
 */
public record ServiceHours(LocalTime opening, LocalTime closing) implements Serializable {

    /** 08.00–17.00 on working days. */
    public static final ServiceHours DEFAULT = new ServiceHours(LocalTime.of(8, 0), LocalTime.of(17, 0));

    public ServiceHours {
        Objects.requireNonNull(opening, "opening");
        Objects.requireNonNull(closing, "closing");
        if (!closing.isAfter(opening)) {
            throw new IllegalArgumentException("closing " + closing + " must be after opening " + opening);
        }
    }

    /** From configuration text such as "08:00" and "17:00"; fails naming the bad value. */
    public static ServiceHours parse(String opening, String closing) {
        try {
            return new ServiceHours(LocalTime.parse(opening.trim()), LocalTime.parse(closing.trim()));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("service hours must be times like 08:00 and 17:00, not \""
                    + opening + "\" and \"" + closing + "\"", e);
        }
    }

    /** Opening time counts as inside, closing time as outside. {@code zone} null means the region is unknown. */
    public HoursVerdict judge(Instant at, TimeZoneCode zone, WorkingDays days) {
        if (zone == null) {
            return HoursVerdict.UNIDENTIFIED;
        }
        ZonedDateTime local = at.atZone(zone.zone());
        LocalTime time = local.toLocalTime();
        boolean inside = days.isWorkingDay(local.toLocalDate()) && !time.isBefore(opening) && time.isBefore(closing);
        return inside ? HoursVerdict.INSIDE : HoursVerdict.OUTSIDE;
    }
}
