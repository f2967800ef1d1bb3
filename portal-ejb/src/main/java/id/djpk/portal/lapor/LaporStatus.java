package id.djpk.portal.lapor;

/** Where a submission stands: received → in review → accepted, or returned for a correction; or superseded by a newer version. */
public enum LaporStatus {
    RECEIVED, IN_REVIEW, ACCEPTED, RETURNED, SUPERSEDED;

    /** Whether the PIC may still accept or return it. */
    public boolean isOpen() {
        return this == RECEIVED || this == IN_REVIEW;
    }
}
