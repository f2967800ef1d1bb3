package id.djpk.portal.helpdesk;

/** Whether a ticket came in within service hours in the requester's own time zone. */
public enum HoursVerdict {
    INSIDE, OUTSIDE,
    /** the requester's region, and so their time zone, is not known */
    UNIDENTIFIED
}
