package id.djpk.portal.site.report;

import id.djpk.portal.report.Change;
import id.djpk.portal.report.EnteredFigures;
import id.djpk.portal.report.MonthlyReport;
import id.djpk.portal.report.ReportLine;
import id.djpk.portal.report.ReportSnapshot;
import id.djpk.portal.report.ReportText;
import id.djpk.portal.site.i18n.Formats;
import id.djpk.portal.system.OfficeClock;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/** A published report as the public page shows it: sentences, tables and charts from the frozen snapshot. */
public class ReportPage {

    /** A row of a plain list (publications, events, visits, video conferences): cells as text. */
    public static class Row {
        private final List<String> cells;

        Row(String... cells) {
            this.cells = List.of(cells);
        }

        public List<String> getCells() { return cells; }
    }

    private final MonthlyReport report;
    private final ReportSnapshot s;
    private final YearMonth month;
    private final Locale locale;
    private final Formats formats;
    private final ResourceBundle msg;

    ReportPage(MonthlyReport report, Locale locale, Formats formats, ResourceBundle msg) {
        this.report = report;
        this.s = report.snapshot();
        this.month = report.getMonth();
        this.locale = locale;
        this.formats = formats;
        this.msg = msg;
    }

    public String getTitle() { return ReportText.title(month, locale); }
    public String getMonth() { return month.toString(); }
    public int getRevision() { return report.getRevision(); }
    public String getChangeNote() { return report.getChangeNote(); }
    public String getPublished() { return formats.date(report.getPublishedAt()); }
    public String getTechnicalQuestions() { return report.getTechnicalQuestions(); }
    public String getComplaints() { return report.getComplaints(); }
    public String getEvaluation() { return report.getEvaluation(); }

    public List<ReportLine> getTiles() {
        List<ReportLine> tiles = new ArrayList<>();
        tiles.add(line("publications.total"));
        tiles.add(new ReportLine(EnteredFigures.AVERAGE_POSTS, msg.getString("report.tile.socialMedia"), s.socialMediaPosts(),
                null, locale));
        tiles.add(line(EnteredFigures.BLASTS));
        tiles.add(line("ppid.received"));
        tiles.add(line("tickets.total"));
        tiles.add(line("videoConferences.total"));
        tiles.add(line("visits.total"));
        tiles.add(line("events.total"));
        return tiles;
    }

    /**
     * A label inside a sentence: its first letter in lower case, unless the word is an acronym ("Tiket konsultasi"
     * → "tiket konsultasi", "Webinar/FGD" → "webinar/FGD", "PPID" stays).
     */
    static String lowerFirst(String label) {
        if (label.length() < 2 || !Character.isUpperCase(label.charAt(0)) || Character.isUpperCase(label.charAt(1))) {
            return label;
        }
        return Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }

    /** The seeds' sentences, one per main figure. */
    public List<String> getSentences() {
        List<String> out = new ArrayList<>();
        for (String key : List.of("tickets.total", "publications.total", "events.total", "website.visitors",
                "videoConferences.total", "visits.total", "ppid.received")) {
            out.add(ReportText.comparison(lowerFirst(label(key)), s.figure(key), month, locale));
        }
        out.add(msg.getString("report.ytdLead") + " " + label("tickets.total") + " " + count(s.number("tickets.ytd"))
                + ", " + label("publications.total") + " " + count(s.number("publications.ytd")) + ", "
                + label("events.total") + " " + count(s.number("events.ytd")) + ", " + label("visits.total") + " "
                + count(s.number("visits.ytd")) + ", " + label("videoConferences.total") + " "
                + count(s.number("videoConferences.ytd")) + ", " + label("ppid.received") + " " + count(s.number("ppid.ytd")) + ".");
        return out;
    }

    public List<ReportLine> getChannels() {
        return shares("tickets.byChannel.", "report.channel.");
    }

    /** The report's notes in the reader's language (e.g. that the HAI line holds the web form's tickets). */
    public List<String> getNotes() {
        return s.notes().stream().map(code -> msg.containsKey("report.note." + code) ? msg.getString("report.note." + code) : code)
                .toList();
    }

    public List<ReportLine> getCategories() {
        return shares("tickets.byCategory.", "report.category.");
    }

    public List<ReportLine> getTopics() {
        JsonObject names = s.object("tickets.topics");
        List<ReportLine> out = new ArrayList<>();
        s.figures("tickets.byTopic.").forEach((code, f) -> {
            JsonObject n = names.getJsonObject(code);
            out.add(new ReportLine(code, n == null ? code : n.getString("name"), f, null, locale));
        });
        return out;
    }

    /** Social media per platform (posts, followers, reach) with M−1 and M−12. */
    public List<ReportLine> getEntered() {
        List<ReportLine> out = new ArrayList<>();
        for (String key : EnteredFigures.KEYS) {
            if (key.startsWith("socialMedia.") && s.has(key)) {
                out.add(line(key));
            }
        }
        return out;
    }

    /** Chatbot users per menu and the users without Chat Agent ("Selected Menu / Total"). */
    public List<ReportLine> getChatbot() {
        return group(EnteredFigures.CHATBOT_MENU, "report.chatbotMenu.", EnteredFigures.CHATBOT, false);
    }

    /** Email Lapor per report type with its share, and the total. */
    public List<ReportLine> getEmailLapor() {
        return group(EnteredFigures.EMAIL_TYPE, "report.emailType.", EnteredFigures.EMAIL_LAPOR, true);
    }

    /** The seeds' sentences on the chatbot, Email Lapor and blasts: this month, the change, the year to date. */
    public List<String> getEnteredSentences() {
        List<String> out = new ArrayList<>();
        for (String[] k : new String[][] {{EnteredFigures.BLASTS, EnteredFigures.BLASTS_YTD},
                {EnteredFigures.CHATBOT, EnteredFigures.CHATBOT_YTD}, {EnteredFigures.EMAIL_LAPOR, EnteredFigures.EMAIL_YTD}}) {
            if (s.has(k[0])) {
                out.add(ReportText.comparison(msg.getString("report.what." + k[0]), s.figure(k[0]), month, locale) + " " + msg.getString("report.ytdLead") + " " + count(s.number(k[1])) + ".");
            }
        }
        return out;
    }

    /** The blasts of the month: date, channel, subject. */
    public List<Row> getBlasts() {
        return s.list(EnteredFigures.BLASTS_LIST).stream().map(b -> new Row(date(b.getString("date")),
                msg.getString("report.blastChannel." + b.getString("channel")), b.getString("subject"))).toList();
    }

    private List<ReportLine> group(String prefix, String labelPrefix, String total, boolean share) {
        List<ReportLine> rows = new ArrayList<>();
        s.figures(prefix).forEach((code, f) -> rows.add(new ReportLine(code,
                msg.containsKey(labelPrefix + code) ? msg.getString(labelPrefix + code) : code, f,
                share ? s.share(prefix + code) : null, locale)));
        if (s.has(total)) {
            rows.add(line(total));
        }
        return rows;
    }

    public String getTrendChart() {
        List<JsonObject> trend = s.list("tickets.trend");
        return Svg.bars(msg.getString("report.trend"), trend.stream().map(t -> shortMonth(t.getString("month"))).toList(),
                trend.stream().map(t -> t.getJsonNumber("total").longValue()).toList(), locale);
    }

    public String getChannelChart() {
        List<ReportLine> rows = getChannels().stream().filter(r -> r.figure().value() != null && r.figure().value() > 0).toList();
        return Svg.bars(msg.getString("report.channels"), rows.stream().map(ReportLine::getLabel).toList(),
                rows.stream().map(r -> r.figure().value()).toList(), locale);
    }

    public List<Row> getPublications() {
        return s.list("publications.list").stream().map(i -> new Row(date(i.getString("date")), i.getString("typeLabel"),
                i.getString("title"))).toList();
    }

    public List<Row> getEvents() {
        return s.list("events.list").stream().map(i -> new Row(date(i.getString("date")), i.getString("title"))).toList();
    }

    public List<Row> getVisits() {
        return s.list("visits.list").stream().map(v -> new Row(date(v.getString("date")), v.getString("region"),
                String.valueOf(v.getInt("guestsArrived")), v.getString("topics"),
                v.getBoolean("breach") ? msg.getString("report.breachYes") : "")).toList();
    }

    public List<Row> getConferences() {
        return s.list("videoConferences.list").stream().map(v -> new Row(date(v.getString("date")), v.getString("region"),
                v.getString("topics"))).toList();
    }

    // ---------------------------------------------------------------- PPID

    /** Requests received and objections filed, with M−1 and M−12 (a report compiled before objections were counted has none). */
    public List<ReportLine> getPpidFigures() {
        List<ReportLine> out = new ArrayList<>();
        out.add(line("ppid.received"));
        if (s.has("ppid.objections")) {
            out.add(line("ppid.objections"));
        }
        return out;
    }

    /** The year to date and the average working days from receipt to decision of the month's decisions. */
    public List<String> getPpidSentences() {
        List<String> out = new ArrayList<>();
        out.add(msg.getString("report.ytdLead") + " " + count(s.number("ppid.ytd")) + ".");
        if (s.has("ppid.averageWorkingDays")) {
            Double days = s.decimal("ppid.averageWorkingDays");
            out.add(days == null ? msg.getString("report.ppidNoDecision")
                    : java.text.MessageFormat.format(msg.getString("report.ppidAverage"), Change.decimal(days, locale)));
        }
        return out;
    }

    /** The month's decisions per outcome. */
    public List<Row> getPpidDecided() {
        JsonObject decided = s.object("ppid.decided");
        return decided.keySet().stream().map(code -> new Row(text("ppid.decision." + code, code),
                count(decided.getJsonNumber(code).longValue()))).toList();
    }

    /** What was asked: the kinds of information of the month's requests. */
    public List<Row> getPpidTopics() {
        JsonObject topics = s.object("ppid.topics");
        return topics.keySet().stream().map(code -> {
            JsonObject t = topics.getJsonObject(code);
            return new Row("UNCLASSIFIED".equals(code) ? msg.getString("report.ppidUnclassified") : t.getString("name"),
                    count(t.getJsonNumber("count").longValue()));
        }).toList();
    }

    /** The superior's answers to objections given in the month, per outcome. */
    public List<Row> getPpidObjectionOutcomes() {
        JsonObject outcomes = s.object("ppid.objectionOutcomes");
        return outcomes.keySet().stream().map(code -> new Row(text("ppid.objection.outcome." + code, code),
                count(outcomes.getJsonNumber(code).longValue()))).toList();
    }

    /** The website's visitors of the last six months (empty for a report compiled before they were kept). */
    public String getWebsiteChart() {
        List<JsonObject> trend = s.list("website.trend");
        return trend.isEmpty() ? "" : Svg.bars(msg.getString("report.websiteTrend"),
                trend.stream().map(t -> shortMonth(t.getString("month"))).toList(),
                trend.stream().map(t -> t.getJsonNumber("visitors").longValue()).toList(), locale);
    }

    /** The requests received in each month of the year up to this one (empty for a report compiled before). */
    public String getPpidChart() {
        List<JsonObject> trend = s.list("ppid.trend");
        return trend.isEmpty() ? "" : Svg.bars(msg.getString("report.ppidTrend"),
                trend.stream().map(t -> shortMonth(t.getString("month"))).toList(),
                trend.stream().map(t -> t.getJsonNumber("received").longValue()).toList(), locale);
    }

    private String text(String key, String fallback) {
        return msg.containsKey(key) ? msg.getString(key) : fallback;
    }

    public List<Row> getTopPemda() {
        return s.list("tickets.topPemda").stream().map(p -> new Row(p.getString("region"),
                count(p.getJsonNumber("count").longValue()), p.getJsonArray("topics").getValuesAs(JsonString.class)
                        .stream().map(JsonString::getString).collect(Collectors.joining(", ")))).toList();
    }

    /** Layer 2 units ranked by average speed score: rank, unit, tickets, average. */
    public List<Row> getUnits() {
        JsonObject units = s.object("tickets.l2Units");
        List<Row> rows = new ArrayList<>();
        int rank = 1;
        for (String unit : units.keySet()) {
            JsonObject u = units.getJsonObject(unit);
            rows.add(new Row(String.valueOf(rank++), unit, count(u.getJsonNumber("count").longValue()), decimal(u, "averageScore")));
        }
        return rows;
    }

    /** Satisfaction per agent against the survey target. */
    public List<Row> getSatisfaction() {
        JsonObject sat = s.object("tickets.satisfaction");
        return sat.keySet().stream().map(agent -> {
            JsonObject a = sat.getJsonObject(agent);
            return new Row(agent, decimal(a, "service"), decimal(a, "answer"), count(a.getJsonNumber("ratings").longValue()),
                    msg.getString(a.getBoolean("meetsTarget") ? "report.targetMet" : "report.targetMissed"));
        }).toList();
    }

    /**
     * The month's average of every rating of both questions against the target ("rata-rata nilai kepuasan"); null
     * when nobody rated, or in a revision compiled before the average was kept.
     */
    public String getSatisfactionAverage() {
        if (!s.has("tickets.satisfactionAverage") || s.object("tickets.satisfactionAverage").isNull("value")) {
            return null;
        }
        JsonObject a = s.object("tickets.satisfactionAverage");
        return java.text.MessageFormat.format(msg.getString("report.satisfactionAverage"), decimal(a, "value"),
                decimal(a, "target"), msg.getString(a.getBoolean("meetsTarget") ? "report.targetMet" : "report.targetMissed"));
    }

    public List<Row> getKbReview() {
        JsonObject kb = s.object("tickets.kbNeedingReview");
        return kb.keySet().stream().map(code -> new Row(code, count(kb.getJsonNumber(code).longValue()))).toList();
    }

    private String decimal(JsonObject o, String key) {
        return o.isNull(key) ? "–" : Change.decimal(o.getJsonNumber(key).doubleValue(), locale);
    }

    public List<Row> getServiceHours() {
        JsonObject hours = s.object("tickets.serviceHours");
        return List.of("WIB", "WITA", "WIT").stream().map(z -> new Row(z,
                count(hours.getJsonObject(z).getJsonNumber("inside").longValue()),
                count(hours.getJsonObject(z).getJsonNumber("outside").longValue()))).toList();
    }

    public String getEscalation() {
        JsonObject esc = s.object("tickets.escalated");
        long total = s.figure("tickets.total").value() == null ? 0 : s.figure("tickets.total").value();
        Double share = Change.share(esc.getJsonNumber("count").longValue(), total);
        return java.text.MessageFormat.format(msg.getString("report.escalation"), count(esc.getJsonNumber("count").longValue()),
                share == null ? "–" : Change.decimal(share, locale) + "%", count(esc.getJsonNumber("outsideHoursEscalated").longValue()),
                count(esc.getJsonNumber("outsideHours").longValue()));
    }

    // ---------------------------------------------------------------- helpers

    private List<ReportLine> shares(String prefix, String labelPrefix) {
        long total = s.figure("tickets.total").value() == null ? 0 : s.figure("tickets.total").value();
        List<ReportLine> rows = new ArrayList<>();
        s.figures(prefix).forEach((code, f) -> rows.add(new ReportLine(code,
                msg.containsKey(labelPrefix + code) ? msg.getString(labelPrefix + code) : code, f,
                Change.share(f.value() == null ? 0 : f.value(), total), locale)));
        return rows;
    }

    private ReportLine line(String key) {
        return new ReportLine(key, label(key), s.figure(key), null, locale);
    }

    private String label(String key) {
        for (String p : EnteredFigures.PLATFORMS) {
            if (key.endsWith("." + p)) {
                return msg.getString("report.key." + key.substring(0, key.length() - p.length() - 1)) + " " + p.charAt(0)
                        + p.substring(1).toLowerCase(Locale.ROOT);
            }
        }
        return msg.containsKey("report.key." + key) ? msg.getString("report.key." + key) : key;
    }

    private String count(long n) {
        return Change.count(n, locale);
    }

    private String date(String iso) {
        return iso == null || iso.isEmpty() ? "" : formats.date(LocalDate.parse(iso));
    }

    private String shortMonth(String yearMonth) {
        YearMonth m = OfficeClock.parseMonth(yearMonth);
        return m.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, locale) + " " + m.getYear();
    }
}
