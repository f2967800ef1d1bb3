package id.djpk.portal.ppid;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One request in the PPID's work queue: awaiting the PPID's decision, or (OBJECTED) the superior's.
 * {@code due} is the due date of whoever has to act.
 */
public record QueueItem(String trackingNumber, RequestStatus status, String requesterName, LocalDate receiptDay,
        LocalDate due, boolean overdue, boolean dueSoon) implements Serializable {
}
