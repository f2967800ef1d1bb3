package id.djpk.portal.lapor;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Every region for one report type and period: its rows in region-code order, the period's deadline (none for a type
 * without one) and whether it has passed on {@code asOf}, the office's day the matrix was read.
 */
public record ComplianceMatrix(String typeCode, String typeName, String unitCode, String period, LocalDate deadline,
        LocalDate asOf, List<ComplianceRow> rows) implements Serializable {

    public ComplianceMatrix {
        rows = List.copyOf(rows);
    }

    /** Whether the deadline has passed (false for a type without deadline). */
    public boolean deadlinePassed() {
        return deadline != null && asOf.isAfter(deadline);
    }

    /** How many regions are in each state (every state present, zero when none). */
    public Map<ComplianceState, Long> counts() {
        Map<ComplianceState, Long> out = new EnumMap<>(ComplianceState.class);
        for (ComplianceState s : ComplianceState.values()) {
            out.put(s, 0L);
        }
        rows.forEach(r -> out.merge(r.state(), 1L, Long::sum));
        return out;
    }

    /** How many regions have sent the report (in any state but missing). */
    public long received() {
        return rows.stream().filter(r -> r.state() != ComplianceState.MISSING).count();
    }
}
