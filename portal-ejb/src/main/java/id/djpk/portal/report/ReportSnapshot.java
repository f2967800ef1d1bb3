package id.djpk.portal.report;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.io.StringReader;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A report's figures as stored, read back for the pages, the PDF, the CSV and the API. */
public final class ReportSnapshot implements Serializable {

    private final String json;
    private transient JsonObject object;

    private ReportSnapshot(String json) {
        this.json = json;
    }

    public static ReportSnapshot parse(String json) {
        return new ReportSnapshot(json);
    }

    public JsonObject json() {
        if (object == null) {
            try (JsonReader r = Json.createReader(new StringReader(json))) {
                object = r.readObject();
            }
        }
        return object;
    }

    public YearMonth month() {
        return YearMonth.parse(json().getString("month"));
    }

    public boolean has(String key) {
        return json().containsKey(key);
    }

    /** A figure; a figure the snapshot does not hold reads as all null. */
    public Figure figure(String key) {
        JsonValue v = json().get(key);
        if (!(v instanceof JsonObject o) || !o.containsKey("value")) {
            return new Figure(null, null, null, null, null, null, null);
        }
        return new Figure(longOf(o, "value"), longOf(o, "previous"), longOf(o, "lastYear"), doubleOf(o, "changeFromPrevious"),
                doubleOf(o, "changeFromLastYear"), o.containsKey("enteredBy") ? o.getString("enteredBy") : null,
                o.containsKey("enteredAt") ? Instant.parse(o.getString("enteredAt")) : null);
    }

    /** The figures whose key starts with the prefix, by the rest of the key, in the snapshot's order. */
    public Map<String, Figure> figures(String prefix) {
        return json().keySet().stream().filter(k -> k.startsWith(prefix))
                .collect(Collectors.toMap(k -> k.substring(prefix.length()), this::figure, (a, b) -> a,
                        java.util.LinkedHashMap::new));
    }

    public long number(String key) {
        JsonValue v = json().get(key);
        return v instanceof JsonNumber n ? n.longValue() : 0;
    }

    /** A plain decimal (an average); null when the snapshot holds none or null. */
    public Double decimal(String key) {
        JsonValue v = json().get(key);
        return v instanceof JsonNumber n ? n.doubleValue() : null;
    }

    public JsonObject object(String key) {
        JsonValue v = json().get(key);
        return v instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT;
    }

    public List<JsonObject> list(String key) {
        JsonValue v = json().get(key);
        List<JsonObject> out = new ArrayList<>();
        if (v instanceof JsonArray a) {
            a.forEach(x -> out.add(x.asJsonObject()));
        }
        return out;
    }

    /**
     * The summary tile "publikasi konten media sosial": the average of the platforms' posts, as the seeds show it
     * ("rata-rata publikasi media sosial"), with M−1 and M−12; all null when no platform's posts were entered.
     */
    public Figure socialMediaPosts() {
        return figure(EnteredFigures.AVERAGE_POSTS);
    }

    /**
     * The codes of the report's notes ({@link ReportChannels#NOTES}), e.g. that the HAI line holds the web form's
     * tickets; none in a report compiled before there were notes.
     */
    public List<String> notes() {
        JsonValue v = json().get(ReportChannels.NOTES);
        List<String> out = new ArrayList<>();
        if (v instanceof JsonArray a) {
            a.forEach(x -> out.add(x instanceof jakarta.json.JsonString t ? t.getString() : x.toString()));
        }
        return out;
    }

    /** Whether a figure was taken from a source's data rather than entered ({@link ReportFigureSource}). */
    public boolean fromData(String key) {
        return object(key).getBoolean("fromData", false);
    }

    /** An Email Lapor type's share of the total in percent (null when the total is 0 or the figure is missing). */
    public Double share(String key) {
        return doubleOf(object(key), "share");
    }

    public String text() {
        return json;
    }

    private static Long longOf(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v instanceof JsonNumber n ? n.longValue() : null;
    }

    private static Double doubleOf(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v instanceof JsonNumber n ? n.doubleValue() : null;
    }
}
