package id.djpk.portal.helpdesk;

/** new → open → waiting on L2 → answered → closed, and reopened back to open; merged tickets are done. */
public enum TicketStatus {
    NEW, OPEN, WAITING_L2, ANSWERED, CLOSED, MERGED;

    public boolean isDone() {
        return this == CLOSED || this == MERGED;
    }
}
