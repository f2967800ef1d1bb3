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

    // ---------------------------------------------------------------- the typed parts (ReportModel)

    /** A main total with M−1 and M−12 (all null in a report that does not hold it). */
    public Figure figure(ReportModel.Total total) {
        return figure(total.key);
    }

    public boolean has(ReportModel.Total total) {
        return has(total.key);
    }

    /** A total's year to date (0 when the report keeps none). */
    public long yearToDate(ReportModel.Total total) {
        return total.yearToDateKey == null ? 0 : number(total.yearToDateKey);
    }

    /** The consultation tickets per channel as the report lists them, each with its share of the tickets. */
    public List<ReportModel.Coded> channels() {
        return sharesOfTickets("tickets.byChannel.");
    }

    /** The tickets per user category, each with its share of the tickets. */
    public List<ReportModel.Coded> categories() {
        return sharesOfTickets("tickets.byCategory.");
    }

    private List<ReportModel.Coded> sharesOfTickets(String prefix) {
        Long total = figure(ReportModel.Total.TICKETS).value();
        List<ReportModel.Coded> out = new ArrayList<>();
        figures(prefix).forEach((code, f) -> out.add(new ReportModel.Coded(code, f,
                Change.share(f.value() == null ? 0 : f.value(), total == null ? 0 : total))));
        return out;
    }

    /** The ticket topics with the names and groups stored with them (an unnamed code is its own name, "other"). */
    public List<ReportModel.Topic> topics() {
        JsonObject names = object("tickets.topics");
        List<ReportModel.Topic> out = new ArrayList<>();
        figures("tickets.byTopic.").forEach((code, f) -> {
            JsonObject n = names.getJsonObject(code);
            out.add(new ReportModel.Topic(code, n == null ? code : n.getString("name"),
                    n != null && "TECHNICAL".equals(n.getString("group", "")), f));
        });
        return out;
    }

    /** The chatbot's users per menu (by menu code). */
    public List<ReportModel.Coded> chatbotMenus() {
        List<ReportModel.Coded> out = new ArrayList<>();
        figures(EnteredFigures.CHATBOT_MENU).forEach((code, f) -> out.add(new ReportModel.Coded(code, f, null)));
        return out;
    }

    /** Email Lapor per report type (by type code) with each type's share of the total. */
    public List<ReportModel.Coded> emailTypes() {
        List<ReportModel.Coded> out = new ArrayList<>();
        figures(EnteredFigures.EMAIL_TYPE).forEach((code, f) -> out.add(new ReportModel.Coded(code, f,
                share(EnteredFigures.EMAIL_TYPE + code))));
        return out;
    }

    /** Whether the blasts are those sent from the portal rather than a list the editor typed. */
    public boolean blastsFromData() {
        return fromData(EnteredFigures.BLASTS);
    }

    public List<ReportModel.Blast> blasts() {
        return list(EnteredFigures.BLASTS_LIST).stream().map(b -> new ReportModel.Blast(date(b, "date"), b.getString("channel", ""),
                b.getString("subject", ""))).toList();
    }

    /** The consultation tickets of M−12 and the last five months (the seeds' trend). */
    public List<ReportModel.Point> ticketTrend() {
        return series("tickets.trend", "total");
    }

    /** The website's visitors of the last six months (none in a report compiled before they were kept). */
    public List<ReportModel.Point> websiteTrend() {
        return series("website.trend", "visitors");
    }

    /** The PPID requests received in each month of the year up to this one (none in an older report). */
    public List<ReportModel.Point> ppidTrend() {
        return series("ppid.trend", "received");
    }

    private List<ReportModel.Point> series(String key, String value) {
        return list(key).stream().map(p -> new ReportModel.Point(YearMonth.parse(p.getString("month")), longOf(p, value) == null
                ? 0 : longOf(p, value))).toList();
    }

    /** Each channel's tickets of the last nine months, by the channel's code (none in a report compiled before). */
    public Map<String, List<ReportModel.Point>> channelTrend() {
        Map<String, List<ReportModel.Point>> out = new java.util.LinkedHashMap<>();
        for (JsonObject point : list("tickets.channelTrend")) {
            YearMonth month = YearMonth.parse(point.getString("month"));
            point.keySet().stream().filter(k -> !"month".equals(k)).forEach(code -> out.computeIfAbsent(code, c -> new ArrayList<>())
                    .add(new ReportModel.Point(month, zero(longOf(point, code)))));
        }
        return out;
    }

    /** Each channel's most asked topics of the month, most first (none in a report compiled before). */
    public Map<String, List<ReportModel.Count>> channelTopics() {
        JsonObject topics = object("tickets.channelTopics");
        Map<String, List<ReportModel.Count>> out = new java.util.LinkedHashMap<>();
        topics.forEach((code, v) -> out.put(code, v instanceof JsonArray a ? a.getValuesAs(JsonObject.class).stream()
                .map(t -> new ReportModel.Count(t.getString("code", ""), t.getString("name", ""), zero(longOf(t, "count")))).toList()
                : List.of()));
        return out;
    }

    /** The tickets inside and outside service hours per time zone. */
    public List<ReportModel.Zone> serviceHours() {
        JsonObject hours = object("tickets.serviceHours");
        List<ReportModel.Zone> out = new ArrayList<>();
        for (String zone : List.of("WIB", "WITA", "WIT")) {
            JsonObject z = hours.containsKey(zone) ? hours.getJsonObject(zone) : JsonValue.EMPTY_JSON_OBJECT;
            out.add(new ReportModel.Zone(zone, zero(longOf(z, "inside")), zero(longOf(z, "outside"))));
        }
        return out;
    }

    public ReportModel.Escalation escalation() {
        JsonObject e = object("tickets.escalated");
        return new ReportModel.Escalation(zero(longOf(e, "count")), zero(longOf(e, "outsideHours")),
                zero(longOf(e, "outsideHoursEscalated")), zero(longOf(object("tickets.serviceHours"), "unidentified")));
    }

    public List<ReportModel.Pemda> topPemda() {
        return list("tickets.topPemda").stream().map(p -> new ReportModel.Pemda(p.getString("region", ""), zero(longOf(p, "count")),
                p.containsKey("topics") ? p.getJsonArray("topics").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString).toList() : List.<String>of())).toList();
    }

    /** The Layer 2 units in the report's ranking order (best average score first). */
    public List<ReportModel.UnitScore> units() {
        JsonObject units = object("tickets.l2Units");
        return units.keySet().stream().map(u -> new ReportModel.UnitScore(u, zero(longOf(units.getJsonObject(u), "count")),
                doubleOf(units.getJsonObject(u), "averageScore"))).toList();
    }

    /** Satisfaction per agent, by the display name the report stored. */
    public List<ReportModel.AgentScore> satisfaction() {
        JsonObject sat = object("tickets.satisfaction");
        return sat.keySet().stream().map(agent -> {
            JsonObject a = sat.getJsonObject(agent);
            return new ReportModel.AgentScore(agent, doubleOf(a, "service"), doubleOf(a, "answer"), zero(longOf(a, "ratings")),
                    a.getBoolean("meetsTarget", false));
        }).toList();
    }

    /** The month's average satisfaction; empty in a report compiled before it was kept. */
    public java.util.Optional<ReportModel.Average> satisfactionAverage() {
        if (!has("tickets.satisfactionAverage")) {
            return java.util.Optional.empty();
        }
        JsonObject a = object("tickets.satisfactionAverage");
        Double target = doubleOf(a, "target");
        return java.util.Optional.of(new ReportModel.Average(doubleOf(a, "value"), target == null ? 0 : target,
                a.getBoolean("meetsTarget", false)));
    }

    /** Knowledge-base entries awaiting review per topic code. */
    public List<ReportModel.Count> kbNeedingReview() {
        return counts("tickets.kbNeedingReview");
    }

    public List<ReportModel.Item> publications() {
        return items("publications.list");
    }

    public List<ReportModel.Item> events() {
        return items("events.list");
    }

    private List<ReportModel.Item> items(String key) {
        return list(key).stream().map(i -> new ReportModel.Item(date(i, "date"), i.getString("typeLabel", ""),
                i.getString("title", ""))).toList();
    }

    public List<ReportModel.Visit> visits() {
        return list("visits.list").stream().map(v -> new ReportModel.Visit(date(v, "date"), v.getString("region", ""),
                v.getInt("guestsArrived", 0), v.getString("topics", ""), v.getBoolean("breach", false))).toList();
    }

    public List<ReportModel.Visit> conferences() {
        return list("videoConferences.list").stream().map(v -> new ReportModel.Visit(date(v, "date"), v.getString("region", ""),
                0, v.getString("topics", ""), false)).toList();
    }

    /** The month's PPID decisions per outcome code. */
    public List<ReportModel.Count> ppidDecided() {
        return counts("ppid.decided");
    }

    /** The superior's answers to objections given in the month, per outcome code. */
    public List<ReportModel.Count> ppidObjectionOutcomes() {
        return counts("ppid.objectionOutcomes");
    }

    /** What was asked: the kinds of information of the month's requests ({@code UNCLASSIFIED} for those not yet classified). */
    public List<ReportModel.Count> ppidTopics() {
        JsonObject topics = object("ppid.topics");
        return topics.keySet().stream().map(code -> new ReportModel.Count(code, topics.getJsonObject(code).getString("name", code),
                zero(longOf(topics.getJsonObject(code), "count")))).toList();
    }

    /** Whether the report keeps the PPID's average working days (a report compiled before does not). */
    public boolean keepsPpidAverage() {
        return has("ppid.averageWorkingDays");
    }

    /** The average working days from receipt to decision of the month's decisions; null when none was decided. */
    public Double ppidAverageWorkingDays() {
        return decimal("ppid.averageWorkingDays");
    }

    /** The website's most visited pages of the month. */
    public List<ReportModel.Page> topPages() {
        return list("website.topPages").stream().map(p -> new ReportModel.Page(p.containsKey("title") && !p.isNull("title")
                ? p.getString("title") : p.getString("path", ""), zero(longOf(p, "views")))).toList();
    }

    /** The visits with more guests than the circular allows. */
    public long visitBreaches() {
        return number("visits.breaches");
    }

    /** A platform's social-media figures (each all null when not entered); see {@link ReportModel.Platform}. */
    public ReportModel.Platform platform(String code) {
        Figure posts = figure(EnteredFigures.POSTS + code);
        Figure stories = figure(EnteredFigures.STORIES + code);
        Figure reach = figure(EnteredFigures.REACH + code);
        // per feed post, as the seeds divide Instagram's reach (119.939 over 27 feeds → 4.442): stories are not counted
        return new ReportModel.Platform(code, posts, stories, figure(EnteredFigures.FOLLOWERS + code), reach,
                Figure.of(perPost(reach.value(), minus(posts.value(), stories.value())),
                        perPost(reach.previous(), minus(posts.previous(), stories.previous())),
                        perPost(reach.lastYear(), minus(posts.lastYear(), stories.lastYear()))),
                figure(EnteredFigures.PROFILE_VISITS + code));
    }

    private static Long minus(Long posts, Long stories) {
        if (posts == null || stories == null) {
            return posts;
        }
        return posts - stories;
    }

    /** Every platform's figures, in the report's order. */
    public List<ReportModel.Platform> platforms() {
        return EnteredFigures.PLATFORMS.stream().map(this::platform).toList();
    }

    private static Long perPost(Long reach, Long posts) {
        return reach == null || posts == null || posts <= 0 ? null
                : java.math.BigDecimal.valueOf(reach).divide(java.math.BigDecimal.valueOf(posts), 0, java.math.RoundingMode.HALF_UP)
                        .longValue();
    }

    /** The export file an entered figure was read from ("Meta Business Suite: konten.csv"); null when typed. */
    public String importedFrom(String key) {
        String source = object(key).getString(ReportCompiler.IMPORTED_FROM, "");
        return source.isEmpty() ? null : source;
    }

    /** Every entered or measured figure the report holds with a value, but the summary tile's average. */
    public List<ReportModel.EnteredLine> enteredLines() {
        return json().keySet().stream().filter(k -> EnteredFigures.isOwnKey(k) && !EnteredFigures.AVERAGE_POSTS.equals(k)
                && figure(k).value() != null).map(k -> new ReportModel.EnteredLine(k, figure(k), fromData(k), importedFrom(k))).toList();
    }

    private List<ReportModel.Count> counts(String key) {
        JsonObject o = object(key);
        return o.keySet().stream().map(code -> new ReportModel.Count(code, code, zero(longOf(o, code)))).toList();
    }

    private static java.time.LocalDate date(JsonObject o, String key) {
        String iso = o.getString(key, "");
        return iso.isEmpty() ? null : java.time.LocalDate.parse(iso);
    }

    private static long zero(Long n) {
        return n == null ? 0 : n;
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
