package id.djpk.portal.visit;

import java.io.Serializable;
import java.time.LocalDate;

/** What the requester is given on submission: the booking code, the access code (shown once) and the earliest date. */
public record VisitSubmission(String code, String accessCode, LocalDate earliestDate) implements Serializable {
}
