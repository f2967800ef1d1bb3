package id.djpk.portal.visit;

import id.djpk.portal.calendar.WorkingDays;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The rules of SE-2/PK.1/2024 E.3.b–c, as plain arithmetic over the working-day calendar and the daily
 * sessions. No database: {@link VisitService} gives it the counts and the taken slots, so every rule is
 * tested in a table without a container.
 */
public final class VisitRules implements Serializable {

    /** E.3.b.2, E.3.c.2: paling cepat 3 (tiga) hari kerja sejak surat permohonan diterima. */
    public static final int NOTICE_WORKING_DAYS = 3;
    /** E.3.c.5: maksimal 2 (dua) kali dalam 1 (satu) bulan, per region. */
    public static final int MONTHLY_VISITS_PER_REGION = 2;
    /** E.3.c.6. */
    public static final int GUESTS = 2;
    public static final int GUESTS_WITH_HEAD = 4;
    /** The booking form offers three preferred dates. */
    public static final int MAX_PREFERRED_DATES = 3;
    /** How far ahead {@link #proposals} looks for a free session: about half a year of working days. */
    static final int SEARCH_WORKING_DAYS = 130;

    private final WorkingDays workingDays;
    private final List<SlotTime> slots;

    public VisitRules(WorkingDays workingDays, List<SlotTime> slots) {
        this.workingDays = Objects.requireNonNull(workingDays, "workingDays");
        if (slots == null || slots.isEmpty()) {
            throw new IllegalArgumentException("at least one daily session is needed");
        }
        this.slots = List.copyOf(slots);
    }

    public WorkingDays workingDays() {
        return workingDays;
    }

    public List<SlotTime> slots() {
        return slots;
    }

    public SlotTime time(int number) {
        if (number < 1 || number > slots.size()) {
            throw new IllegalArgumentException("no session " + number + "; there are " + slots.size());
        }
        return slots.get(number - 1);
    }

    public boolean exists(Slot slot) {
        return slot.number() <= slots.size() && workingDays.isWorkingDay(slot.date());
    }

    // ---------------------------------------------------------------- notice

    /** The first day a consultation may take place for a letter received on {@code receiptDay}. */
    public LocalDate earliestDate(LocalDate receiptDay) {
        return workingDays.deadline(receiptDay, NOTICE_WORKING_DAYS).due();
    }

    /** A date the requester asks for or the desk assigns: a working day, not before the earliest date. */
    public void checkDate(LocalDate date, LocalDate earliest) {
        if (!workingDays.isWorkingDay(date)) {
            throw new VisitRuleException(VisitRule.WORKING_DAY, date);
        }
        if (date.isBefore(earliest)) {
            throw new VisitRuleException(VisitRule.NOTICE, earliest);
        }
    }

    // ---------------------------------------------------------------- quota

    /** Face-to-face visits the region may still have in a month, given those confirmed or held there. */
    public int quotaLeft(long scheduledInMonth) {
        return (int) Math.max(0, MONTHLY_VISITS_PER_REGION - scheduledInMonth);
    }

    public void checkQuota(String regionName, YearMonth month, long scheduledInMonth) {
        if (quotaLeft(scheduledInMonth) == 0) {
            throw new VisitRuleException(VisitRule.QUOTA, regionName, month);
        }
    }

    // ---------------------------------------------------------------- guests

    public int allowedGuests(boolean headComes) {
        return headComes ? GUESTS_WITH_HEAD : GUESTS;
    }

    public static boolean headComes(Collection<GuestEntry> guests) {
        return guests.stream().anyMatch(GuestEntry::head);
    }

    /** The guest list of a face-to-face visit: more than the circular allows is refused. */
    public void checkGuests(List<GuestEntry> guests) {
        int allowed = allowedGuests(headComes(guests));
        if (guests.size() > allowed) {
            throw new VisitRuleException(VisitRule.GUESTS, guests.size(), allowed);
        }
    }

    /**
     * Reception's count: only the allowed number is admitted, and more than that who came is a breach
     * that the monthly report lists.
     */
    public Admission admit(int arrived, boolean headComes) {
        if (arrived < 0) {
            throw new IllegalArgumentException("arrived " + arrived);
        }
        int allowed = allowedGuests(headComes);
        return new Admission(arrived, allowed, Math.min(arrived, allowed), arrived > allowed);
    }

    // ---------------------------------------------------------------- sessions

    /** The free sessions of a day; none on a non-working day. */
    public List<Slot> freeSlots(LocalDate day, Set<Slot> taken) {
        List<Slot> free = new ArrayList<>();
        if (!workingDays.isWorkingDay(day)) {
            return free;
        }
        for (int n = 1; n <= slots.size(); n++) {
            Slot s = new Slot(day, n);
            if (!taken.contains(s)) {
                free.add(s);
            }
        }
        return free;
    }

    /**
     * The first {@code count} free sessions on or after {@code from}, earliest first: when a day is full,
     * the next working day (E.3.c.8).
     */
    public List<Slot> proposals(LocalDate from, Set<Slot> taken, int count) {
        List<Slot> found = new ArrayList<>();
        LocalDate day = workingDays.isWorkingDay(from) ? from : workingDays.nextWorkingDay(from);
        for (int i = 0; i < SEARCH_WORKING_DAYS && found.size() < count; i++) {
            for (Slot s : freeSlots(day, taken)) {
                if (found.size() < count) {
                    found.add(s);
                }
            }
            day = workingDays.nextWorkingDay(day);
        }
        return found;
    }

    /** A session the desk assigns: a real session on a working day, not before the earliest date, and free. */
    public void checkSlot(Slot slot, LocalDate earliest, Set<Slot> taken) {
        checkDate(slot.date(), earliest);
        if (slot.number() > slots.size()) {
            throw new IllegalArgumentException("no session " + slot.number());
        }
        if (taken.contains(slot)) {
            throw new VisitRuleException(VisitRule.SLOT, slot.date(), time(slot.number()).label());
        }
    }
}
