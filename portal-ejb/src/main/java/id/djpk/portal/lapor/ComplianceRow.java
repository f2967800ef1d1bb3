package id.djpk.portal.lapor;

import java.io.Serializable;
import java.time.Instant;

/**
 * One region's line of the compliance matrix: the region, its state, the receipt in force and when the report first
 * arrived (none when missing), and when the region was last reminded of this report (none when it was not).
 */
public record ComplianceRow(String regionCode, String regionName, String level, String provinceCode, ComplianceState state,
        String receipt, Instant firstReceivedAt, Instant remindedAt) implements Serializable {
}
