package id.djpk.portal.lapor;

import java.time.Instant;
import java.time.LocalDate;

/** The answer to an accepted submission: the access code is given only here and in the first e-mail. */
public record LaporReceipt(String receipt, String accessCode, Instant receivedAt, LocalDate deadline, Boolean onTime) {
}
