package id.djpk.portal.visit;

/** Where a booking stands. Cancelled and no-show are closed for good: a new request needs a new letter (E.3.c.9). */
public enum VisitStatus {
    REQUESTED, CONFIRMED, HELD, NO_SHOW, CANCELLED;

    public boolean closed() {
        return this == NO_SHOW || this == CANCELLED;
    }

    /** Counts toward the region's monthly quota and occupies its slot. */
    public boolean scheduled() {
        return this == CONFIRMED || this == HELD;
    }
}
