package id.djpk.portal.ppid;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the requester receives at submission: the tracking number (the law's proof of receipt), the access
 * code (shown this once and never again: only its hash is kept), and the due date with its explanation.
 */
public record Submission(String trackingNumber, String accessCode, LocalDate receiptDay, LocalDate dueDate,
        String dueExplanation) implements Serializable {
}
