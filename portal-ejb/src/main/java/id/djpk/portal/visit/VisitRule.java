package id.djpk.portal.visit;

/**
 * The circular's rules a booking can break, with the point of SE-2/PK.1/2024 each one comes from. The
 * message of each (key {@code visit.rule.<NAME>}) quotes the circular.
 */
public enum VisitRule {
    /** E.3.b.2, E.3.c.2: at the earliest 3 working days after the letter is received. */
    NOTICE("E.3.c.2"),
    /** E.3.c.8: consultations on working days only. */
    WORKING_DAY("E.3.c.8"),
    /** E.3.c.8: four sessions a day; when the day is full, the next working day. */
    SLOT("E.3.c.8"),
    /** E.3.c.5: at most 2 visits per region per month. */
    QUOTA("E.3.c.5"),
    /** E.3.c.6: at most 2 guests, 4 with the head of region or DPRD chair. */
    GUESTS("E.3.c.6"),
    /** E.3.c.9: after a cancellation or no-show, only a new letter. */
    NEW_LETTER("E.3.c.9"),
    /** E.3.c.3 and E.3.c.11: no consultation without a schedule, nor outside it. */
    NO_BOOKING("E.3.c.11");

    private final String point;

    VisitRule(String point) {
        this.point = point;
    }

    /** The point of the circular, "E.3.c.6". */
    public String point() {
        return point;
    }

    public String messageKey() {
        return "visit.rule." + name();
    }
}
