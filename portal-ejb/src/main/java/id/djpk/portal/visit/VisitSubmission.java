package id.djpk.portal.visit;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What the requester is given on submission: the booking code, the access code (shown once), the earliest date, and
 * when the request came and the working day it counts as received on (later when it came outside office hours).
 */
public record VisitSubmission(String code, String accessCode, LocalDate earliestDate, Instant receivedAt,
                              LocalDate receiptDay) implements Serializable {
}
