package id.djpk.portal.report;

import id.djpk.portal.system.Jsonp;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

/**
 * A report revision as the APIs give it ({@code GET /portal/api/reports/{YYYY-MM}} and, {@link #published}, {@code
 * GET /api/reports/{YYYY-MM}} and {@code /laporan/{YYYY-MM}/json}): the snapshot's keys as they are, with {@code
 * state}, {@code revision} and, for a correction, its {@code changeNote}.
 */
public final class ReportJson {

    private static final String ENTERED_BY = "enteredBy";

    private ReportJson() {
    }

    public static JsonObject of(MonthlyReport report) {
        return of(report, report.snapshot().json());
    }

    /**
     * The report as the public reads it: without {@code enteredBy} (who of the staff typed a figure or listed a
     * blast is the office's business; the snapshot names agents and editors by display name only).
     */
    public static JsonObject published(MonthlyReport report) {
        return of(report, (JsonObject) withoutEnteredBy(report.snapshot().json()));
    }

    private static JsonValue withoutEnteredBy(JsonValue v) {
        if (v instanceof JsonObject o) {
            JsonObjectBuilder b = Jsonp.JSON.createObjectBuilder();
            o.forEach((k, x) -> {
                if (!ENTERED_BY.equals(k) && !ReportSnapshot.IMPORTED_FROM.equals(k)) {
                    b.add(k, withoutEnteredBy(x));
                }
            });
            return b.build();
        }
        if (v instanceof JsonArray a) {
            JsonArrayBuilder b = Jsonp.JSON.createArrayBuilder();
            a.forEach(x -> b.add(withoutEnteredBy(x)));
            return b.build();
        }
        return v;
    }

    private static JsonObject of(MonthlyReport report, JsonObject snapshot) {
        JsonObjectBuilder o = Jsonp.JSON.createObjectBuilder(snapshot)
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
