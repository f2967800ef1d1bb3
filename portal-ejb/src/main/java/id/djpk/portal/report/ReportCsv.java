package id.djpk.portal.report;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;

/**
 * The report's figures as CSV (UTF-8 with BOM so spreadsheet programs read it, comma, RFC 4180): one line per
 * figure with the month before, a year earlier and both changes, then the plain counts (year to date, …).
 * Numbers are written plainly (a dot for decimals), for machines; lists are in the JSON. The CSV is public: it says
 * whether and when a figure was entered, not by whom.
 */
public final class ReportCsv {

    static final String HEADER = "key,value,previous,lastYear,changeFromPrevious,changeFromLastYear,entered,enteredAt";

    private ReportCsv() {
    }

    public static byte[] of(MonthlyReport report) {
        JsonObject o = report.snapshot().json();
        StringBuilder b = new StringBuilder("\uFEFF").append(HEADER).append("\r\n");
        for (String key : o.keySet()) {
            JsonValue v = o.get(key);
            if (v instanceof JsonObject f && f.containsKey("value") && f.containsKey("changeFromPrevious")) {
                b.append(key).append(',').append(n(f, "value")).append(',').append(n(f, "previous")).append(',')
                        .append(n(f, "lastYear")).append(',').append(n(f, "changeFromPrevious")).append(',')
                        .append(n(f, "changeFromLastYear")).append(',').append(f.containsKey("entered")).append(',')
                        .append(f.containsKey("enteredAt") ? f.getString("enteredAt") : "").append("\r\n");
            } else if (v instanceof JsonNumber num) {
                b.append(key).append(',').append(num).append(",,,,,false,\r\n");
            }
        }
        b.append("state,").append(report.getState().name()).append(",,,,,false,\r\n");
        b.append("revision,").append(report.getRevision()).append(",,,,,false,\r\n");
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String n(JsonObject f, String key) {
        JsonValue v = f.get(key);
        return v instanceof JsonNumber num ? num.toString() : "";
    }
}
