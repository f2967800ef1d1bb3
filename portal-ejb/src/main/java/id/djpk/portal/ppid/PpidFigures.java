package id.djpk.portal.ppid;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.Map;

/**
 * The numbers of the monthly and annual PPID reports (art. 12 UU 14/2008) for one month.
 *
 * @param received requests received (by day of receipt) in the month
 * @param receivedYearToDate requests received from 1 January to the end of the month
 * @param decided decisions taken in the month, by outcome (every outcome present, zero when none)
 * @param averageWorkingDays average working days from receipt to decision of the month's decisions; null when none
 * @param overdue requests due in the month that were decided after their due date or are still undecided past it
 * @param objectionsFiled objections filed in the month
 * @param objectionOutcomes superiors' answers given in the month, by outcome (every outcome present)
 * @param topics requests received in the month by the kind of information asked (topic code; requests the
 *        officer has not classified yet under {@link #UNCLASSIFIED})
 */
public record PpidFigures(YearMonth month, long received, long receivedYearToDate, Map<Decision, Long> decided,
        Double averageWorkingDays, long overdue, long objectionsFiled, Map<ObjectionOutcome, Long> objectionOutcomes,
        Map<String, Long> topics) implements Serializable {

    public static final String UNCLASSIFIED = "UNCLASSIFIED";

    public PpidFigures {
        decided = Map.copyOf(decided);
        objectionOutcomes = Map.copyOf(objectionOutcomes);
        topics = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(topics));
    }

    public long decidedTotal() {
        return decided.values().stream().mapToLong(Long::longValue).sum();
    }
}
