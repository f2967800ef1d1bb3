package id.djpk.portal.ppid;

import id.djpk.portal.calendar.Deadline;
import id.djpk.portal.calendar.WorkingDays;
import java.time.Instant;
import java.time.LocalDate;

/** The legal periods of a request in working days (UU 14/2008 art. 22(7)–(8), 36(1)–(2)), on the office calendar. */
public final class PpidDeadlines {

    /** Art. 22(7): the written notice within 10 working days of receipt. */
    public static final int ANSWER_DAYS = 10;
    /** Art. 22(8): one extension of at most 7 working days. */
    public static final int MAX_EXTENSION_DAYS = 7;
    /** Art. 36(1): the objection within 30 working days of finding its ground. */
    public static final int OBJECTION_DAYS = 30;
    /** Art. 36(2): the superior answers within 30 working days. */
    public static final int SUPERIOR_DAYS = 30;
    /** The queue warns this many working days before a due date. */
    public static final int DUE_SOON_DAYS = 2;

    private final WorkingDays days;

    public PpidDeadlines(WorkingDays days) {
        this.days = days;
    }

    public WorkingDays workingDays() {
        return days;
    }

    /** The day a request counts as received: after office hours or on a day off, the next working day. */
    public LocalDate receiptDay(Instant received) {
        return days.receiptDay(received);
    }

    /** The calendar day in the office's time zone: when a decision was made or an objection filed. */
    public LocalDate officeDay(Instant at) {
        return at.atZone(days.hours().zone()).toLocalDate();
    }

    public Deadline answer(LocalDate receiptDay) {
        return days.deadline(receiptDay, ANSWER_DAYS);
    }

    public Deadline extension(LocalDate firstDue, int extraDays) {
        return days.extend(firstDue, extraDays);
    }

    /**
     * The last day to object. Counted from the decision, the day its ground became known; for ground (c)
     * "not answered" the ground only exists once the due date has passed, so it is counted from the due date.
     */
    public Deadline objectionWindow(LocalDate groundKnown) {
        return days.deadline(groundKnown, OBJECTION_DAYS);
    }

    /** The superior's answer to an objection filed on {@code filedDay}. */
    public Deadline superior(LocalDate filedDay) {
        return days.deadline(filedDay, SUPERIOR_DAYS);
    }

    /** Past its due date on {@code today}. */
    public boolean overdue(LocalDate due, LocalDate today) {
        return today.isAfter(due);
    }

    /** Not yet overdue, and due within {@link #DUE_SOON_DAYS} working days. */
    public boolean dueSoon(LocalDate due, LocalDate today) {
        return !overdue(due, today) && days.workingDaysBetween(today, due) <= DUE_SOON_DAYS;
    }

    /**
     * Working days from receipt to decision, as the annual report counts them. A request that arrived after
     * hours and was answered before its day of receipt took no working day, not a negative number.
     */
    public int daysTaken(LocalDate receiptDay, LocalDate decisionDay) {
        return Math.max(0, days.workingDaysBetween(receiptDay, decisionDay));
    }
}
