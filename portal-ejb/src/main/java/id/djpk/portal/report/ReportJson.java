package id.djpk.portal.report;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * A report revision as the APIs give it ({@code GET /portal/api/reports/{YYYY-MM}} and {@code GET
 * /api/reports/{YYYY-MM}}): the snapshot's keys as they are, with {@code state}, {@code revision} and, for a
 * correction, its {@code changeNote}.
 */
public final class ReportJson {

    private ReportJson() {
    }

    public static JsonObject of(MonthlyReport report) {
        JsonObjectBuilder o = Json.createObjectBuilder(report.snapshot().json())
                .add("state", report.getState().name())
                .add("revision", report.getRevision());
        if (report.getChangeNote() != null) {
            o.add("changeNote", report.getChangeNote());
        }
        if (report.getPublishedAt() != null) {
            o.add("publishedAt", report.getPublishedAt().toString());
        }
        return o.build();
    }
}
