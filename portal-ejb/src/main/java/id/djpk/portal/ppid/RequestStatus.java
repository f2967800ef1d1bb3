package id.djpk.portal.ppid;

/**
 * Where a request stands. RECEIVED and EXTENDED await the PPID's written notice; OBJECTED awaits the
 * superior. An objection on ground (c) "not answered" can move an undecided request to OBJECTED directly.
 */
public enum RequestStatus {
    RECEIVED, EXTENDED, DECIDED, OBJECTED, OBJECTION_DECIDED;

    /** Awaiting the PPID's decision. */
    public boolean awaitsDecision() {
        return this == RECEIVED || this == EXTENDED;
    }
}
