package id.djpk.portal.lapor;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * Where a region stands for one report type and period, as the compliance matrix shows it. The report's timeliness is
 * judged on its first receipt (a corrected file on the same receipt, or a newer version under its own receipt, keeps
 * it), the state of review on the version in force.
 */
public enum ComplianceState {
    /** Received on or before the deadline, not awaiting a correction. */
    ON_TIME,
    /** Received after the deadline, not awaiting a correction. */
    LATE,
    /** Received for a type without deadline (no on-time judgement). */
    RECEIVED,
    /** Returned by the unit; the region's correction is awaited. */
    RETURNED,
    /** Nothing received for the period. */
    MISSING;

    /** One submission of the region for the type and period, as far as the matrix needs it. */
    public record Sent(String receipt, Instant receivedAt, Boolean onTime, LaporStatus status) {
    }

    /** The state from every submission of one region for one type and period (any order; empty: missing). */
    public static ComplianceState of(List<Sent> sent) {
        if (sent.isEmpty()) {
            return MISSING;
        }
        if (inForce(sent).status() == LaporStatus.RETURNED) {
            return RETURNED;
        }
        Boolean first = sent.stream().min(Comparator.comparing(Sent::receivedAt)).orElseThrow().onTime();
        return first == null ? RECEIVED : first ? ON_TIME : LATE;
    }

    /** The version in force: the newest not superseded (the newest of all should every one be superseded). */
    public static Sent inForce(List<Sent> sent) {
        return sent.stream().filter(s -> s.status() != LaporStatus.SUPERSEDED).max(Comparator.comparing(Sent::receivedAt))
                .or(() -> sent.stream().max(Comparator.comparing(Sent::receivedAt))).orElseThrow();
    }

    /** Whether the region still owes the report (missing, or returned and not yet corrected). */
    public boolean owed() {
        return this == MISSING || this == RETURNED;
    }
}
