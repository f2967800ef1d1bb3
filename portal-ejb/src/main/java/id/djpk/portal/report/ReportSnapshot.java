package id.djpk.portal.report;

import id.djpk.portal.system.Jsonp;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
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

    // The snapshot's keys (the report API's contract, docs/architecture.md): read below, written by Writer only. The
    // main totals' keys are those of ReportModel.Total, the entered part's those of EnteredFigures.
    private static final String BY_CHANNEL = "tickets.byChannel.";
    private static final String BY_CATEGORY = "tickets.byCategory.";
    private static final String BY_TOPIC = "tickets.byTopic.";
    private static final String TOPIC_NAMES = "tickets.topics";
    private static final String CHANNEL_TREND = "tickets.channelTrend";
    private static final String CHANNEL_TOPICS = "tickets.channelTopics";
    private static final String SERVICE_HOURS = "tickets.serviceHours";
    private static final String ESCALATED = "tickets.escalated";
    private static final String TICKET_TREND = "tickets.trend";
    private static final String UNITS = "tickets.l2Units";
    private static final String TOP_PEMDA = "tickets.topPemda";
    private static final String SATISFACTION = "tickets.satisfaction";
    private static final String SATISFACTION_AVERAGE = "tickets.satisfactionAverage";
    private static final String KB_REVIEW = "tickets.kbNeedingReview";
    private static final String COMPLAINTS = "tickets.complaints";
    private static final String ESCALATED_TOPICS = "tickets.escalatedTopics";
    private static final String PUBLICATIONS = "publications.list";
    private static final String EVENTS = "events.list";
    private static final String TOP_PAGES = "website.topPages";
    private static final String WEBSITE_TREND = "website.trend";
    private static final String VISIT_BREACHES = "visits.breaches";
    private static final String VISITS = "visits.list";
    private static final String VISITS_TREND = "visits.trend";
    private static final String VISIT_TOPICS = "visits.topTopics";
    private static final String CONFERENCES = "videoConferences.list";
    private static final String CONFERENCE_TOPICS = "videoConferences.topTopics";
    private static final String PPID_DECIDED = "ppid.decided";
    private static final String PPID_TOPICS = "ppid.topics";
    private static final String PPID_AVERAGE = "ppid.averageWorkingDays";
    private static final String PPID_OBJECTION_OUTCOMES = "ppid.objectionOutcomes";
    private static final String PPID_TREND = "ppid.trend";
    /** The export file an entered figure was read from (staff output only: the public JSON leaves it out). */
    static final String IMPORTED_FROM = "importedFrom";

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
            try (JsonReader r = Jsonp.JSON.createReader(new StringReader(json))) {
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
        return sharesOfTickets(BY_CHANNEL);
    }

    /** The tickets per user category, each with its share of the tickets. */
    public List<ReportModel.Coded> categories() {
        return sharesOfTickets(BY_CATEGORY);
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
        JsonObject names = object(TOPIC_NAMES);
        List<ReportModel.Topic> out = new ArrayList<>();
        figures(BY_TOPIC).forEach((code, f) -> {
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

    /** Employee Advocacy's activations per kind (by code) with each kind's share of all activations. */
    public List<ReportModel.Coded> advocacyActivations() {
        List<ReportModel.Coded> out = new ArrayList<>();
        figures(EnteredFigures.ADVOCACY_ACTIVATION).forEach((code, f) -> out.add(new ReportModel.Coded(code, f,
                share(EnteredFigures.ADVOCACY_ACTIVATION + code))));
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

    /** The consultation tickets of each month from M−12 to M (the seeds' trend; an older report: M−12 and the last five). */
    public List<ReportModel.Point> ticketTrend() {
        return series(TICKET_TREND, "total");
    }

    /** The website's visitors of the last six months (none in a report compiled before they were kept). */
    public List<ReportModel.Point> websiteTrend() {
        return series(WEBSITE_TREND, "visitors");
    }

    /** The PPID requests received in each month of the year up to this one (none in an older report). */
    public List<ReportModel.Point> ppidTrend() {
        return series(PPID_TREND, "received");
    }

    private List<ReportModel.Point> series(String key, String value) {
        return list(key).stream().map(p -> new ReportModel.Point(YearMonth.parse(p.getString("month")), longOf(p, value) == null
                ? 0 : longOf(p, value))).toList();
    }

    /** Each channel's tickets of the last nine months, by the channel's code (none in a report compiled before). */
    public Map<String, List<ReportModel.Point>> channelTrend() {
        Map<String, List<ReportModel.Point>> out = new java.util.LinkedHashMap<>();
        for (JsonObject point : list(CHANNEL_TREND)) {
            YearMonth month = YearMonth.parse(point.getString("month"));
            point.keySet().stream().filter(k -> !"month".equals(k)).forEach(code -> out.computeIfAbsent(code, c -> new ArrayList<>())
                    .add(new ReportModel.Point(month, zero(longOf(point, code)))));
        }
        return out;
    }

    /** Each channel's most asked topics of the month, most first (none in a report compiled before). */
    public Map<String, List<ReportModel.Count>> channelTopics() {
        JsonObject topics = object(CHANNEL_TOPICS);
        Map<String, List<ReportModel.Count>> out = new java.util.LinkedHashMap<>();
        topics.forEach((code, v) -> out.put(code, v instanceof JsonArray a ? a.getValuesAs(JsonObject.class).stream()
                .map(t -> new ReportModel.Count(t.getString("code", ""), t.getString("name", ""), zero(longOf(t, "count")))).toList()
                : List.of()));
        return out;
    }

    /** Whether the report keeps its finer parts (complaints, escalated topics, services' months); not before they were. */
    public boolean keepsDetails() {
        return has(VISITS_TREND);
    }

    /** The complaint topics with tickets this month, with their regions (none in a report compiled before). */
    public List<ReportModel.Complaint> complaints() {
        return list(COMPLAINTS).stream().map(c -> new ReportModel.Complaint(c.getString("code", ""),
                c.getString("name", ""), zero(longOf(c, "count")), c.containsKey("regions")
                        ? c.getJsonArray("regions").getValuesAs(JsonObject.class).stream().map(r -> new ReportModel.Count("",
                                r.getString("region", ""), zero(longOf(r, "count")))).toList() : List.of())).toList();
    }

    /** The three most asked topics of the month's escalated tickets. */
    public List<ReportModel.Count> escalatedTopics() {
        return ranked(object(ESCALATED_TOPICS).get("all"));
    }

    /** The three most asked topics of the escalated tickets asked outside service hours. */
    public List<ReportModel.Count> escalatedOutsideTopics() {
        return ranked(object(ESCALATED_TOPICS).get("outsideHours"));
    }

    /** Face-to-face consultations held in each of the last nine months. */
    public List<ReportModel.Point> visitsTrend() {
        return series(VISITS_TREND, "visits");
    }

    /** Video conferences held in each of the last nine months. */
    public List<ReportModel.Point> conferencesTrend() {
        return series(VISITS_TREND, "videoConferences");
    }

    /** The month's three most discussed topics of the face-to-face consultations. */
    public List<ReportModel.Count> visitTopics() {
        return ranked(json().get(VISIT_TOPICS));
    }

    /** The month's three most discussed topics of the video conferences. */
    public List<ReportModel.Count> conferenceTopics() {
        return ranked(json().get(CONFERENCE_TOPICS));
    }

    /** The chatbot's users of the last nine months that have a value. */
    public List<ReportModel.Point> chatbotTrend() {
        return series(EnteredFigures.CHATBOT_TREND, "value");
    }

    /** Email Lapor's e-mails of the last nine months that have a value. */
    public List<ReportModel.Point> emailLaporTrend() {
        return series(EnteredFigures.EMAIL_TREND, "value");
    }

    /**
     * A social-media measure ({@code posts}, {@code followers}, {@code reach}) of the last six months per platform code,
     * in the report's platform order; only the platforms and months with a value.
     */
    public Map<String, List<ReportModel.Point>> socialTrend(String measure) {
        Map<String, List<ReportModel.Point>> out = new java.util.LinkedHashMap<>();
        List<JsonObject> months = list(EnteredFigures.SOCIAL_TREND);
        for (String platform : EnteredFigures.PLATFORMS) {
            for (JsonObject point : months) {
                JsonValue values = point.get(measure);
                if (values instanceof JsonObject o && longOf(o, platform) != null) {
                    out.computeIfAbsent(platform, p -> new ArrayList<>())
                            .add(new ReportModel.Point(YearMonth.parse(point.getString("month")), longOf(o, platform)));
                }
            }
        }
        return out;
    }

    private static List<ReportModel.Count> ranked(JsonValue v) {
        return v instanceof JsonArray a ? a.getValuesAs(JsonObject.class).stream().map(t -> new ReportModel.Count(t.getString("code", ""),
                t.getString("name", ""), zero(longOf(t, "count")))).toList() : List.of();
    }

    /** The tickets inside and outside service hours per time zone. */
    public List<ReportModel.Zone> serviceHours() {
        JsonObject hours = object(SERVICE_HOURS);
        List<ReportModel.Zone> out = new ArrayList<>();
        for (String zone : List.of("WIB", "WITA", "WIT")) {
            JsonObject z = hours.containsKey(zone) ? hours.getJsonObject(zone) : JsonValue.EMPTY_JSON_OBJECT;
            out.add(new ReportModel.Zone(zone, zero(longOf(z, "inside")), zero(longOf(z, "outside"))));
        }
        return out;
    }

    public ReportModel.Escalation escalation() {
        JsonObject e = object(ESCALATED);
        return new ReportModel.Escalation(zero(longOf(e, "count")), zero(longOf(e, "outsideHours")),
                zero(longOf(e, "outsideHoursEscalated")), zero(longOf(object(SERVICE_HOURS), "unidentified")));
    }

    public List<ReportModel.Pemda> topPemda() {
        return list(TOP_PEMDA).stream().map(p -> new ReportModel.Pemda(p.getString("region", ""), zero(longOf(p, "count")),
                p.containsKey("topics") ? p.getJsonArray("topics").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString).toList() : List.<String>of())).toList();
    }

    /** The Layer 2 units in the report's ranking order (best average score first). */
    public List<ReportModel.UnitScore> units() {
        JsonObject units = object(UNITS);
        return units.keySet().stream().map(u -> new ReportModel.UnitScore(u, zero(longOf(units.getJsonObject(u), "count")),
                doubleOf(units.getJsonObject(u), "averageScore"))).toList();
    }

    /** Satisfaction per agent, by the display name the report stored. */
    public List<ReportModel.AgentScore> satisfaction() {
        JsonObject sat = object(SATISFACTION);
        return sat.keySet().stream().map(agent -> {
            JsonObject a = sat.getJsonObject(agent);
            return new ReportModel.AgentScore(agent, doubleOf(a, "service"), doubleOf(a, "answer"), zero(longOf(a, "ratings")),
                    a.getBoolean("meetsTarget", false));
        }).toList();
    }

    /** The month's average satisfaction; empty in a report compiled before it was kept. */
    public java.util.Optional<ReportModel.Average> satisfactionAverage() {
        if (!has(SATISFACTION_AVERAGE)) {
            return java.util.Optional.empty();
        }
        JsonObject a = object(SATISFACTION_AVERAGE);
        Double target = doubleOf(a, "target");
        return java.util.Optional.of(new ReportModel.Average(doubleOf(a, "value"), target == null ? 0 : target,
                a.getBoolean("meetsTarget", false)));
    }

    /** Knowledge-base entries awaiting review per topic, named as the report names its topics (the code in an older report). */
    public List<ReportModel.Count> kbNeedingReview() {
        JsonObject names = object(TOPIC_NAMES);
        return counts(KB_REVIEW).stream().map(c -> names.get(c.code()) instanceof JsonObject n
                ? new ReportModel.Count(c.code(), n.getString("name", c.code()), c.count()) : c).toList();
    }

    public List<ReportModel.Item> publications() {
        return items(PUBLICATIONS);
    }

    public List<ReportModel.Item> events() {
        return items(EVENTS);
    }

    private List<ReportModel.Item> items(String key) {
        return list(key).stream().map(i -> new ReportModel.Item(date(i, "date"), i.getString("typeLabel", ""),
                i.getString("title", ""))).toList();
    }

    public List<ReportModel.Visit> visits() {
        return list(VISITS).stream().map(v -> new ReportModel.Visit(date(v, "date"), v.getString("region", ""),
                v.getInt("guestsArrived", 0), v.getString("topics", ""), v.getBoolean("breach", false))).toList();
    }

    public List<ReportModel.Visit> conferences() {
        return list(CONFERENCES).stream().map(v -> new ReportModel.Visit(date(v, "date"), v.getString("region", ""),
                0, v.getString("topics", ""), false)).toList();
    }

    /** The month's PPID decisions per outcome code. */
    public List<ReportModel.Count> ppidDecided() {
        return counts(PPID_DECIDED);
    }

    /** The superior's answers to objections given in the month, per outcome code. */
    public List<ReportModel.Count> ppidObjectionOutcomes() {
        return counts(PPID_OBJECTION_OUTCOMES);
    }

    /** What was asked: the kinds of information of the month's requests ({@code UNCLASSIFIED} for those not yet classified). */
    public List<ReportModel.Count> ppidTopics() {
        JsonObject topics = object(PPID_TOPICS);
        return topics.keySet().stream().map(code -> new ReportModel.Count(code, topics.getJsonObject(code).getString("name", code),
                zero(longOf(topics.getJsonObject(code), "count")))).toList();
    }

    /** Whether the report keeps the PPID's average working days (a report compiled before does not). */
    public boolean keepsPpidAverage() {
        return has(PPID_AVERAGE);
    }

    /** The average working days from receipt to decision of the month's decisions; null when none was decided. */
    public Double ppidAverageWorkingDays() {
        return decimal(PPID_AVERAGE);
    }

    /** The website's most visited pages of the month. */
    public List<ReportModel.Page> topPages() {
        return list(TOP_PAGES).stream().map(p -> new ReportModel.Page(p.containsKey("title") && !p.isNull("title")
                ? p.getString("title") : p.getString("path", ""), zero(longOf(p, "views")))).toList();
    }

    /** The visits with more guests than the circular allows. */
    public long visitBreaches() {
        return number(VISIT_BREACHES);
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
        String source = object(key).getString(IMPORTED_FROM, "");
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

    // ---------------------------------------------------------------- writing (the compiler's only way to the keys)

    /**
     * Writes a snapshot: every key the readers above read is written here and nowhere else, so that a key's name (the
     * report API's contract) is in one class. {@link ReportCompiler} computes the values and hands them over as typed
     * parts; the layout of each part (a figure's fields, a list's items) is the one its reader expects.
     */
    static final class Writer {

        private final JsonObjectBuilder o;

        /** A new snapshot of {@code month}, compiled at {@code at}. */
        Writer(YearMonth month, Instant at) {
            this.o = Jsonp.JSON.createObjectBuilder().add("month", month.toString()).add("compiledAt", at.toString());
        }

        /** The entered part alone, to be added to a snapshot ({@link #withEntered}). */
        Writer() {
            this.o = Jsonp.JSON.createObjectBuilder();
        }

        /** A snapshot whose entered part is written again: its own keys are dropped, the rest stays as it is. */
        static Writer withEntered(JsonObject snapshot, Writer entered) {
            Writer w = new Writer();
            w.o.addAll(Jsonp.JSON.createObjectBuilder(snapshot));
            snapshot.keySet().stream().filter(EnteredFigures::isOwnKey).forEach(w.o::remove);
            w.o.addAll(entered.o);
            return w;
        }

        JsonObject build() {
            return o.build();
        }

        JsonObjectBuilder builder() {
            return o;
        }

        // ------------------------------------------------------------ figures

        /** A main total with M−1 and M−12 and the changes in percent. */
        Writer total(ReportModel.Total total, long value, Long previous, Long lastYear) {
            o.add(total.key, figure(value, previous, lastYear));
            return this;
        }

        Writer yearToDate(ReportModel.Total total, long value) {
            o.add(total.yearToDateKey, value);
            return this;
        }

        Writer channel(String code, long value, long previous, long lastYear) {
            o.add(BY_CHANNEL + code, figure(value, previous, lastYear));
            return this;
        }

        Writer category(String code, long value, long previous, long lastYear) {
            o.add(BY_CATEGORY + code, figure(value, previous, lastYear));
            return this;
        }

        Writer topic(String code, long value, long previous, long lastYear) {
            o.add(BY_TOPIC + code, figure(value, previous, lastYear));
            return this;
        }

        /** The topics' names and groups, by code. */
        Writer topicNames(Map<String, ReportCompiler.TopicName> names) {
            JsonObjectBuilder n = Jsonp.JSON.createObjectBuilder();
            names.forEach((code, t) -> n.add(code, Jsonp.JSON.createObjectBuilder().add("name", t.name()).add("group", t.group())));
            o.add(TOPIC_NAMES, n);
            return this;
        }

        Writer notes(List<String> codes) {
            JsonArrayBuilder a = Jsonp.JSON.createArrayBuilder();
            codes.forEach(a::add);
            o.add(ReportChannels.NOTES, a);
            return this;
        }

        /** Each channel's tickets per month, in the months' order: one object per month with the counts by code. */
        Writer channelTrend(Map<YearMonth, Map<String, Long>> months) {
            JsonArrayBuilder trend = Jsonp.JSON.createArrayBuilder();
            months.forEach((month, counts) -> {
                JsonObjectBuilder point = Jsonp.JSON.createObjectBuilder().add("month", month.toString());
                counts.forEach(point::add);
                trend.add(point);
            });
            o.add(CHANNEL_TREND, trend);
            return this;
        }

        /** Each channel's most asked topics, most first. */
        Writer channelTopics(Map<String, List<ReportModel.Count>> topics) {
            JsonObjectBuilder t = Jsonp.JSON.createObjectBuilder();
            topics.forEach((code, counts) -> t.add(code, counts(counts)));
            o.add(CHANNEL_TOPICS, t);
            return this;
        }

        Writer serviceHours(List<ReportModel.Zone> zones, long unidentified) {
            JsonObjectBuilder hours = Jsonp.JSON.createObjectBuilder();
            zones.forEach(z -> hours.add(z.zone(), Jsonp.JSON.createObjectBuilder().add("inside", z.inside()).add("outside", z.outside())));
            o.add(SERVICE_HOURS, hours.add("unidentified", unidentified));
            return this;
        }

        Writer escalation(long count, long outsideHours, long outsideHoursEscalated) {
            o.add(ESCALATED, Jsonp.JSON.createObjectBuilder().add("count", count).add("outsideHours", outsideHours)
                    .add("outsideHoursEscalated", outsideHoursEscalated));
            return this;
        }

        Writer ticketTrend(List<ReportModel.Point> points) {
            o.add(TICKET_TREND, series(points, "total"));
            return this;
        }

        /** The Layer 2 units in ranking order, each with its count and average score (null when none was scored). */
        Writer units(List<ReportModel.UnitScore> units) {
            JsonObjectBuilder u = Jsonp.JSON.createObjectBuilder();
            units.forEach(x -> u.add(x.unit(), number(Jsonp.JSON.createObjectBuilder().add("count", x.count()), "averageScore",
                    x.averageScore())));
            o.add(UNITS, u);
            return this;
        }

        /** The Pemda that asked most: region code, name, tickets and the names of their topics. */
        Writer topPemda(List<Map.Entry<String, ReportModel.Pemda>> byRegionCode) {
            JsonArrayBuilder a = Jsonp.JSON.createArrayBuilder();
            for (Map.Entry<String, ReportModel.Pemda> e : byRegionCode) {
                JsonArrayBuilder topics = Jsonp.JSON.createArrayBuilder();
                e.getValue().topics().forEach(topics::add);
                a.add(Jsonp.JSON.createObjectBuilder().add("regionCode", e.getKey()).add("region", e.getValue().region())
                        .add("count", e.getValue().count()).add("topics", topics));
            }
            o.add(TOP_PEMDA, a);
            return this;
        }

        /** The agents' ratings by the name the report shows, with whether they are enough and meet the target. */
        Writer satisfaction(Map<String, id.djpk.portal.helpdesk.HelpdeskFigures.Satisfaction> byShownName) {
            JsonObjectBuilder sat = Jsonp.JSON.createObjectBuilder();
            byShownName.forEach((name, r) -> {
                JsonObjectBuilder a = Jsonp.JSON.createObjectBuilder();
                number(a, "service", r.service());
                number(a, "answer", r.answer());
                sat.add(name, a.add("ratings", r.ratings()).add("distinctRequesters", r.distinctRequesters())
                        .add("meetsTarget", r.meetsTarget()).add("enoughRatings", r.enoughRatings()));
            });
            o.add(SATISFACTION, sat);
            return this;
        }

        Writer satisfactionAverage(Double value, java.math.BigDecimal target, boolean meetsTarget) {
            JsonObjectBuilder a = Jsonp.JSON.createObjectBuilder();
            number(a, "value", value);
            o.add(SATISFACTION_AVERAGE, a.add("target", target).add("meetsTarget", meetsTarget));
            return this;
        }

        Writer kbNeedingReview(Map<String, Long> counts) {
            return byCode(KB_REVIEW, counts);
        }

        // ------------------------------------------------------------ website, visits

        Writer publications(List<ReportCompiler.Item> items) {
            o.add(PUBLICATIONS, items(items));
            return this;
        }

        Writer events(List<ReportCompiler.Item> items) {
            o.add(EVENTS, items(items));
            return this;
        }

        Writer topPages(jakarta.json.JsonArrayBuilder pages) {
            o.add(TOP_PAGES, pages);
            return this;
        }

        Writer websiteTrend(Map<YearMonth, id.djpk.portal.sitestats.MonthlyTraffic.Totals> months) {
            JsonArrayBuilder trend = Jsonp.JSON.createArrayBuilder();
            months.forEach((month, t) -> trend.add(Jsonp.JSON.createObjectBuilder().add("month", month.toString())
                    .add("visitors", t.visitors()).add("pageViews", t.pageViews())));
            o.add(WEBSITE_TREND, trend);
            return this;
        }

        Writer visitBreaches(long breaches) {
            o.add(VISIT_BREACHES, breaches);
            return this;
        }

        Writer visits(List<id.djpk.portal.visit.MonthlyLists.VisitRow> rows) {
            JsonArrayBuilder a = Jsonp.JSON.createArrayBuilder();
            for (var v : rows) {
                a.add(Jsonp.JSON.createObjectBuilder().add("date", v.date().toString()).add("region", v.region())
                        .add("institution", nz(v.institution())).add("guestsArrived", v.guestsArrived())
                        .add("guestsAdmitted", v.guestsAdmitted()).add("breach", v.breach()).add("topics", nz(v.topics())));
            }
            o.add(VISITS, a);
            return this;
        }

        Writer conferences(List<id.djpk.portal.visit.MonthlyLists.ConferenceRow> rows) {
            JsonArrayBuilder a = Jsonp.JSON.createArrayBuilder();
            for (var c : rows) {
                a.add(Jsonp.JSON.createObjectBuilder().add("date", c.date().toString()).add("region", c.region())
                        .add("institution", nz(c.institution())).add("topics", nz(c.topics())));
            }
            o.add(CONFERENCES, a);
            return this;
        }

        // ------------------------------------------------------------ PPID

        /** The month's decisions per outcome code (every outcome, in order). */
        Writer ppidDecided(Map<String, Long> byCode) {
            return byCode(PPID_DECIDED, byCode);
        }

        /** What was asked: per kind of information its name and requests. */
        Writer ppidTopics(List<ReportModel.Count> topics) {
            JsonObjectBuilder t = Jsonp.JSON.createObjectBuilder();
            topics.forEach(c -> t.add(c.code(), Jsonp.JSON.createObjectBuilder().add("name", c.name()).add("count", c.count())));
            o.add(PPID_TOPICS, t);
            return this;
        }

        Writer ppidAverageWorkingDays(Double days) {
            number(o, PPID_AVERAGE, days);
            return this;
        }

        Writer ppidObjectionOutcomes(Map<String, Long> byCode) {
            return byCode(PPID_OBJECTION_OUTCOMES, byCode);
        }

        Writer ppidTrend(List<ReportModel.Point> points) {
            o.add(PPID_TREND, series(points, "received"));
            return this;
        }

        // ------------------------------------------------------------ the finer parts

        Writer complaints(List<ReportModel.Complaint> complaints) {
            JsonArrayBuilder a = Jsonp.JSON.createArrayBuilder();
            for (ReportModel.Complaint c : complaints) {
                JsonArrayBuilder regions = Jsonp.JSON.createArrayBuilder();
                c.regions().forEach(r -> regions.add(Jsonp.JSON.createObjectBuilder().add("region", r.name()).add("count", r.count())));
                a.add(Jsonp.JSON.createObjectBuilder().add("code", c.code()).add("name", c.name()).add("count", c.count())
                        .add("regions", regions));
            }
            o.add(COMPLAINTS, a);
            return this;
        }

        Writer escalatedTopics(List<ReportModel.Count> all, List<ReportModel.Count> outsideHours) {
            o.add(ESCALATED_TOPICS, Jsonp.JSON.createObjectBuilder().add("all", counts(all)).add("outsideHours", counts(outsideHours)));
            return this;
        }

        /** The visits and video conferences held per month (both series have the same months). */
        Writer visitsTrend(List<ReportModel.Point> visits, List<ReportModel.Point> conferences) {
            JsonArrayBuilder trend = Jsonp.JSON.createArrayBuilder();
            for (int i = 0; i < visits.size(); i++) {
                trend.add(Jsonp.JSON.createObjectBuilder().add("month", visits.get(i).month().toString()).add("visits", visits.get(i).value())
                        .add("videoConferences", conferences.get(i).value()));
            }
            o.add(VISITS_TREND, trend);
            return this;
        }

        Writer visitTopics(List<ReportModel.Count> topics) {
            o.add(VISIT_TOPICS, counts(topics));
            return this;
        }

        Writer conferenceTopics(List<ReportModel.Count> topics) {
            o.add(CONFERENCE_TOPICS, counts(topics));
            return this;
        }

        // ------------------------------------------------------------ the entered part

        /** Who a figure of the entered part comes from: a source's data, an editor (with when and from which file), or nobody yet. */
        record Mark(boolean fromData, String by, Instant at, String importedFrom) {

            static final Mark NONE = new Mark(false, null, null, null);
            static final Mark DATA = new Mark(true, null, null, null);
        }

        /** A figure of the entered part by its key ({@link EnteredFigures}), with its mark and, for a part of a sum, its share. */
        Writer entered(String key, long value, Long previous, Long lastYear, Mark mark, boolean withShare, Double share) {
            JsonObjectBuilder f = figure(value, previous, lastYear);
            if (mark.fromData()) {
                f.add("fromData", true);
            } else if (mark.by() != null) {
                f.add("entered", true).add("enteredBy", mark.by()).add("enteredAt", mark.at().toString());
                if (mark.importedFrom() != null) {
                    f.add(IMPORTED_FROM, mark.importedFrom());
                }
            }
            if (withShare) {
                number(f, "share", share);
            }
            o.add(key, f);
            return this;
        }

        /** The month's blasts: date, subject, channel, and who listed it (none for a blast sent from the portal). */
        Writer blasts(List<ReportCompiler.Blast> blasts) {
            JsonArrayBuilder list = Jsonp.JSON.createArrayBuilder();
            for (ReportCompiler.Blast b : blasts) {
                JsonObjectBuilder item = Jsonp.JSON.createObjectBuilder().add("date", b.date().toString()).add("subject", b.subject())
                        .add("channel", b.channel());
                list.add(b.by() == null ? item.add("fromData", true) : item.add("enteredBy", b.by()).add("enteredAt", b.at().toString()));
            }
            o.add(EnteredFigures.BLASTS_LIST, list);
            return this;
        }

        Writer chatbotTrend(List<ReportModel.Point> points) {
            o.add(EnteredFigures.CHATBOT_TREND, series(points, "value"));
            return this;
        }

        Writer emailLaporTrend(List<ReportModel.Point> points) {
            o.add(EnteredFigures.EMAIL_TREND, series(points, "value"));
            return this;
        }

        /** One month of the social-media trend: per measure ({@code posts}, {@code followers}, {@code reach}) the platforms' values. */
        record SocialMonth(YearMonth month, Map<String, Map<String, Long>> measures) {
        }

        Writer socialTrend(List<SocialMonth> months) {
            JsonArrayBuilder a = Jsonp.JSON.createArrayBuilder();
            for (SocialMonth m : months) {
                JsonObjectBuilder point = Jsonp.JSON.createObjectBuilder().add("month", m.month().toString());
                m.measures().forEach((measure, byPlatform) -> {
                    JsonObjectBuilder values = Jsonp.JSON.createObjectBuilder();
                    byPlatform.forEach(values::add);
                    point.add(measure, values);
                });
                a.add(point);
            }
            o.add(EnteredFigures.SOCIAL_TREND, a);
            return this;
        }

        // ------------------------------------------------------------ layouts

        /** Counts by code as one object ({code: count}), in the map's order. */
        private Writer byCode(String key, Map<String, Long> counts) {
            JsonObjectBuilder c = Jsonp.JSON.createObjectBuilder();
            counts.forEach(c::add);
            o.add(key, c);
            return this;
        }

        /** A figure: value, M−1, M−12 (null when unknown) and the changes in percent (null when not computable). */
        static JsonObjectBuilder figure(long value, Long previous, Long lastYear) {
            Figure f = Figure.of(value, previous, lastYear);
            JsonObjectBuilder o = Jsonp.JSON.createObjectBuilder().add("value", value);
            number(o, "previous", previous);
            number(o, "lastYear", lastYear);
            number(o, "changeFromPrevious", f.changeFromPrevious());
            return number(o, "changeFromLastYear", f.changeFromLastYear());
        }

        private static JsonArrayBuilder series(List<ReportModel.Point> points, String value) {
            JsonArrayBuilder a = Jsonp.JSON.createArrayBuilder();
            points.forEach(p -> a.add(Jsonp.JSON.createObjectBuilder().add("month", p.month().toString()).add(value, p.value())));
            return a;
        }

        private static JsonArrayBuilder counts(List<ReportModel.Count> counts) {
            JsonArrayBuilder a = Jsonp.JSON.createArrayBuilder();
            counts.forEach(c -> a.add(Jsonp.JSON.createObjectBuilder().add("code", c.code()).add("name", c.name()).add("count", c.count())));
            return a;
        }

        private static JsonArrayBuilder items(List<ReportCompiler.Item> items) {
            JsonArrayBuilder a = Jsonp.JSON.createArrayBuilder();
            for (ReportCompiler.Item i : items) {
                a.add(Jsonp.JSON.createObjectBuilder().add("date", i.date().toString()).add("type", i.type())
                        .add("typeLabel", i.typeLabel()).add("title", i.title()).add("slug", nz(i.slug())));
            }
            return a;
        }

        private static String nz(String s) {
            return s == null ? "" : s;
        }

        private static JsonObjectBuilder number(JsonObjectBuilder o, String key, Number value) {
            if (value == null) {
                return o.addNull(key);
            }
            return value instanceof Double d ? o.add(key, d) : o.add(key, value.longValue());
        }
    }
}
