package id.djpk.portal.calendar;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The working-day clock of every legal and service deadline: the office's working weekdays minus national
 * holidays and cuti bersama. Immutable; {@link CalendarService#workingDays()} gives the one built from the
 * holidays the administrator maintains.
 */
public final class WorkingDays implements Serializable {

    private final Set<LocalDate> nonWorking;
    private final OfficeHours hours;

    /** @param nonWorking national holidays and cuti bersama (weekends need not be listed) */
    public WorkingDays(Collection<LocalDate> nonWorking, OfficeHours hours) {
        this.nonWorking = Set.copyOf(nonWorking);
        this.hours = Objects.requireNonNull(hours, "hours");
    }

    public OfficeHours hours() {
        return hours;
    }

    public boolean isWorkingDay(LocalDate day) {
        return hours.isWorkingWeekday(day.getDayOfWeek()) && !nonWorking.contains(day);
    }

    /** The first working day after {@code day}. */
    public LocalDate nextWorkingDay(LocalDate day) {
        LocalDate d = day.plusDays(1);
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /**
     * The day something counts as received. On a working day before closing time (also before opening)
     * it is that day; at or after closing time, or on a non-working day, it is the next working day,
     * because nobody in the office could have handled it earlier.
     */
    public LocalDate receiptDay(Instant received) {
        ZonedDateTime local = received.atZone(hours.zone());
        LocalDate day = local.toLocalDate();
        if (isWorkingDay(day) && local.toLocalTime().isBefore(hours.closing())) {
            return day;
        }
        return nextWorkingDay(day);
    }

    /** The deadline for something received at {@code received}: {@link #receiptDay} then {@link #deadline}. */
    public Deadline deadlineFrom(Instant received, int workingDays) {
        return deadline(receiptDay(received), workingDays);
    }

    /**
     * The {@code workingDays}-th working day after the day of receipt: the day of receipt itself does not
     * count, so 10 working days from Thursday 2 May 2024 end on Monday 20 May 2024 (with the holidays of 2024).
     */
    public Deadline deadline(LocalDate receiptDay, int workingDays) {
        return count(receiptDay, workingDays);
    }

    /** A deadline moved on by {@code workingDays} more working days, counted after the current due date. */
    public Deadline extend(LocalDate due, int workingDays) {
        return count(due, workingDays);
    }

    /**
     * Working days after {@code from} up to and including {@code to}: the "days to decision" of a request
     * received on {@code from} and decided on {@code to}, so that {@code workingDaysBetween(d, deadline(d, n).due())}
     * is {@code n}. Negative when {@code to} is before {@code from}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }

    private Deadline count(LocalDate from, int workingDays) {
        Objects.requireNonNull(from, "from");
        if (workingDays < 1) {
            throw new IllegalArgumentException("a deadline needs at least one working day, not " + workingDays);
        }
        List<DateRange> skipped = new ArrayList<>();
        LocalDate skipStart = null;
        LocalDate d = from;
        int counted = 0;
        while (counted < workingDays) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                counted++;
                if (skipStart != null) {
                    skipped.add(new DateRange(skipStart, d.minusDays(1)));
                    skipStart = null;
                }
            } else if (skipStart == null) {
                skipStart = d;
            }
        }
        return new Deadline(from, workingDays, d, skipped);
    }
}
