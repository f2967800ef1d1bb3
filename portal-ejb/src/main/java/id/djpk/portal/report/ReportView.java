package id.djpk.portal.report;

import id.djpk.portal.system.Formatter;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * A report as the staff page and the public page show it, in one language: one row builder per section over the
 * typed parts of the snapshot ({@link ReportSnapshot}, {@link ReportModel}). Figures become {@link ReportLine}s
 * (value, M−1, M−12, changes in words), lists become {@link Row}s of text, trends become {@link Chart}s that each
 * page draws its own way (Chart.js on the staff page, SVG on the public page). Labels and sentences come from this
 * package's {@code view.properties} (Indonesian) and {@code view_en.properties}.
 */
public class ReportView implements Serializable {

    private static final ResourceBundle.Control BASE_ONLY =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** A row of a plain list (publications, events, visits, units…): its cells as text. */
    public static final class Row implements Serializable {
        private final List<String> cells;

        public Row(String... cells) {
            this.cells = List.of(cells);
        }

        public List<String> getCells() { return cells; }
    }

    /** A chart's data: its title, one label and one value per bar or slice (counts, or averages with decimals). */
    public record Chart(String title, List<String> labels, List<? extends Number> values) implements Serializable {

        public boolean isEmpty() {
            return values.isEmpty();
        }

        /** This chart, or an empty one when every value is zero: a chart of nothing says less than its table. */
        Chart orEmpty() {
            return values.stream().anyMatch(v -> v != null && v.doubleValue() > 0) ? this : new Chart(title, List.of(), List.of());
        }
    }

    private final MonthlyReport report;
    private final ReportSnapshot s;
    private final YearMonth month;
    private final Locale locale;
    private final ZoneId zone;
    private transient ResourceBundle texts;
    private transient Formatter format;

    /** The report in {@code locale} (English or, for anything else, Indonesian); times on the days of {@code zone}. */
    public ReportView(MonthlyReport report, Locale locale, ZoneId zone) {
        this.report = report;
        this.s = report.snapshot();
        this.month = report.getMonth();
        this.locale = Formatter.isEnglish(locale) ? Formatter.ENGLISH : Formatter.INDONESIAN;
        this.zone = zone;
    }

    // ---------------------------------------------------------------- the revision

    public String getTitle() { return ReportText.title(month, locale); }
    public String getMonth() { return month.toString(); }
    public int getRevision() { return report.getRevision(); }
    public String getChangeNote() { return report.getChangeNote(); }
    public String getPublished() { return report.getPublishedAt() == null ? "" : format().date(report.getPublishedAt()); }
    public String getTechnicalQuestions() { return report.getTechnicalQuestions(); }
    public String getComplaints() { return report.getComplaints(); }
    public String getEvaluation() { return report.getEvaluation(); }

    // ---------------------------------------------------------------- summary

    /** The summary tiles of the seeds' first page. */
    public List<ReportLine> getTiles() {
        List<ReportLine> tiles = new ArrayList<>();
        tiles.add(line(ReportModel.Total.PUBLICATIONS));
        tiles.add(new ReportLine(ReportModel.Total.SOCIAL_MEDIA_POSTS.key(), text("tile.socialMedia"),
                s.figure(ReportModel.Total.SOCIAL_MEDIA_POSTS), null, locale));
        tiles.add(line(ReportModel.Total.BLASTS));
        tiles.add(line(ReportModel.Total.PPID_RECEIVED));
        tiles.add(line(ReportModel.Total.TICKETS));
        tiles.add(line(ReportModel.Total.VIDEO_CONFERENCES));
        tiles.add(line(ReportModel.Total.VISITS));
        tiles.add(line(ReportModel.Total.EVENTS));
        return tiles;
    }

    /** The main totals with M−1 and M−12. */
    public List<ReportLine> getTotals() {
        return List.of(ReportModel.Total.TICKETS, ReportModel.Total.PUBLICATIONS, ReportModel.Total.EVENTS,
                ReportModel.Total.WEBSITE_VISITORS, ReportModel.Total.WEBSITE_PAGE_VIEWS, ReportModel.Total.VISITS,
                ReportModel.Total.VIDEO_CONFERENCES, ReportModel.Total.PPID_RECEIVED).stream().map(this::line).toList();
    }

    /** The seeds' sentences, one per main figure, then the year to date. */
    public List<String> getSentences() {
        List<String> out = new ArrayList<>();
        for (ReportModel.Total t : List.of(ReportModel.Total.TICKETS, ReportModel.Total.PUBLICATIONS, ReportModel.Total.EVENTS,
                ReportModel.Total.WEBSITE_VISITORS, ReportModel.Total.VIDEO_CONFERENCES, ReportModel.Total.VISITS,
                ReportModel.Total.PPID_RECEIVED)) {
            out.add(ReportText.comparison(lowerFirst(label(t)), s.figure(t), month, locale));
        }
        out.add(text("ytdLead") + " " + getYearToDate() + ".");
        return out;
    }

    /** The year to date of the main totals: "Tiket konsultasi 120, Publikasi website 30, …". */
    public String getYearToDate() {
        List<String> parts = new ArrayList<>();
        for (ReportModel.Total t : List.of(ReportModel.Total.TICKETS, ReportModel.Total.PUBLICATIONS, ReportModel.Total.EVENTS,
                ReportModel.Total.VISITS, ReportModel.Total.VIDEO_CONFERENCES, ReportModel.Total.PPID_RECEIVED)) {
            parts.add(label(t) + " " + count(s.yearToDate(t)));
        }
        return String.join(", ", parts);
    }

    /**
     * A label inside a sentence: its first letter in lower case, unless the word is an acronym ("Tiket konsultasi"
     * → "tiket konsultasi", "Webinar/FGD" → "webinar/FGD", "PPID" stays).
     */
    public static String lowerFirst(String label) {
        if (label.length() < 2 || !Character.isUpperCase(label.charAt(0)) || Character.isUpperCase(label.charAt(1))) {
            return label;
        }
        return Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }

    /** The report's notes (e.g. that the HAI line holds the web form's tickets). */
    public List<String> getNotes() {
        return s.notes().stream().map(code -> text("note." + code, code)).toList();
    }

    // ---------------------------------------------------------------- tickets

    public List<ReportLine> getChannels() {
        return s.channels().stream().map(c -> coded(c, "channel.")).toList();
    }

    public List<ReportLine> getCategories() {
        return s.categories().stream().map(c -> coded(c, "category.")).toList();
    }

    /** The ticket topics, the technical ones first, each named with its group. */
    public List<ReportLine> getTopics() {
        List<ReportLine> technical = new ArrayList<>();
        List<ReportLine> other = new ArrayList<>();
        for (ReportModel.Topic t : s.topics()) {
            (t.technical() ? technical : other).add(new ReportLine(t.code(),
                    t.name() + " (" + text(t.technical() ? "technical" : "other") + ")", t.figure(), null, locale));
        }
        technical.addAll(other);
        return technical;
    }

    /** A consultation channel's part of the report: its figure, its three most asked topics and its nine months. */
    public record ChannelSection(ReportLine line, String topics, Chart trend) implements Serializable {

        public String getLabel() { return line.getLabel(); }
        public ReportLine getLine() { return line; }
        public String getTopics() { return topics; }
        public Chart getTrend() { return trend; }
    }

    /**
     * Per consultation channel (WhatsApp, phone, e-mail, HAI with the web form, live chat): the month's count with
     * M−1 and M−12, the three most asked topics and the last nine months; none in a report compiled before.
     */
    public List<ChannelSection> getChannelSections() {
        Map<String, List<ReportModel.Point>> trends = s.channelTrend();
        if (trends.isEmpty()) {
            return List.of();
        }
        Map<String, List<ReportModel.Count>> topics = s.channelTopics();
        return getChannels().stream().map(line -> new ChannelSection(line,
                String.join(", ", topics.getOrDefault(line.getCode(), List.of()).stream().map(t -> t.name() + " (" + count(t.count()) + ")")
                        .toList()), chart(line.getLabel(), trends.getOrDefault(line.getCode(), List.of())))).toList();
    }

    /**
     * The services the report gives beside the consultation tickets ("layanan lainnya"): the chatbot (its most chosen
     * menus), Email Lapor (its most sent report types), video conferences and face-to-face consultations (their most
     * discussed topics), each with M−1 and M−12 and its last nine months; a service the report holds nothing of is
     * left out (the chatbot and Email Lapor before they were entered, the visits in a report compiled before).
     */
    public List<ChannelSection> getServiceSections() {
        List<ChannelSection> out = new ArrayList<>();
        if (s.has(ReportModel.Total.CHATBOT_USERS) || !s.chatbotTrend().isEmpty()) {
            out.add(new ChannelSection(line(ReportModel.Total.CHATBOT_USERS), topThree(s.chatbotMenus().stream()
                    .filter(c -> EnteredFigures.countsAsChatbotUser(c.code()) && !EnteredFigures.ABANDONED.equals(c.code()))
                    .toList(), "chatbotMenu."), chart(label(ReportModel.Total.CHATBOT_USERS), s.chatbotTrend())));
        }
        if (s.has(ReportModel.Total.EMAIL_LAPOR) || !s.emailLaporTrend().isEmpty()) {
            out.add(new ChannelSection(line(ReportModel.Total.EMAIL_LAPOR), topThree(s.emailTypes(), "emailType."),
                    chart(label(ReportModel.Total.EMAIL_LAPOR), s.emailLaporTrend())));
        }
        if (s.keepsDetails()) {
            out.add(new ChannelSection(line(ReportModel.Total.VIDEO_CONFERENCES), named(s.conferenceTopics()),
                    chart(label(ReportModel.Total.VIDEO_CONFERENCES), s.conferencesTrend())));
            out.add(new ChannelSection(line(ReportModel.Total.VISITS), named(s.visitTopics()),
                    chart(label(ReportModel.Total.VISITS), s.visitsTrend())));
        }
        return out;
    }

    /** The three largest of coded figures with a value, named from the texts: "Laporan APBD/IKD (40), …". */
    private String topThree(List<ReportModel.Coded> coded, String labelPrefix) {
        return String.join(", ", coded.stream().filter(c -> c.figure().value() != null && c.figure().value() > 0)
                .sorted(java.util.Comparator.comparing((ReportModel.Coded c) -> c.figure().value()).reversed())
                .limit(3).map(c -> text(labelPrefix + c.code(), c.code()) + " (" + count(c.figure().value()) + ")").toList());
    }

    private String named(List<ReportModel.Count> counts) {
        return String.join(", ", counts.stream().map(t -> t.name() + " (" + count(t.count()) + ")").toList());
    }

    /** Whether the report holds the complaints, the escalated topics and the services' months (not one compiled before). */
    public boolean isKeepsDetails() {
        return s.keepsDetails();
    }

    /** The complaint topics with tickets: topic, tickets, and the regions with their tickets ("Kab. Cianjur (2), …"). */
    public List<Row> getComplaintTopics() {
        return s.complaints().stream().map(c -> new Row(c.name(), count(c.count()), String.join(", ", c.regions().stream()
                .map(r -> (r.name().isEmpty() ? text("regionUnknown") : r.name()) + " (" + count(r.count()) + ")").toList())))
                .toList();
    }

    /**
     * The topics of the escalated tickets in one sentence, of all of them and of those asked outside service hours
     * ("dengan topik terkait PDRD, DBH …"); null in a report compiled before, or when nothing was escalated.
     */
    public String getEscalatedTopics() {
        if (!s.keepsDetails() || s.escalatedTopics().isEmpty()) {
            return null;
        }
        return MessageFormat.format(text("escalatedTopics"), named(s.escalatedTopics()),
                s.escalatedOutsideTopics().isEmpty() ? "–" : named(s.escalatedOutsideTopics()));
    }

    /** The months of the social-media trends (up to six), as the trend tables' columns. */
    public List<String> getSocialMonths() {
        return socialMonths().stream().map(this::shortMonth).toList();
    }

    private List<YearMonth> socialMonths() {
        java.util.TreeSet<YearMonth> months = new java.util.TreeSet<>();
        for (String measure : List.of("posts", "followers")) {
            s.socialTrend(measure).values().forEach(points -> points.forEach(p -> months.add(p.month())));
        }
        return new ArrayList<>(months);
    }

    /**
     * The social-media trends as table rows: per platform its posts, then per platform its followers, one cell per
     * month of {@link #getSocialMonths()} ("–" where the month has no value); empty before any month was entered.
     */
    public List<Row> getSocialTrend() {
        List<YearMonth> months = socialMonths();
        List<Row> rows = new ArrayList<>();
        for (String measure : List.of("posts", "followers")) {
            s.socialTrend(measure).forEach((platform, points) -> {
                List<String> cells = new ArrayList<>();
                cells.add(text("key.socialMedia." + measure) + " " + text("platform." + platform, platform));
                Map<YearMonth, Long> byMonth = new java.util.HashMap<>();
                points.forEach(p -> byMonth.put(p.month(), p.value()));
                months.forEach(m -> cells.add(byMonth.containsKey(m) ? count(byMonth.get(m)) : "–"));
                rows.add(new Row(cells.toArray(String[]::new)));
            });
        }
        return rows;
    }

    /**
     * The charts of the social-media trends, as the seeds draw them ("Grafik peningkatan pengikut Instagram", "Grafik
     * pengikut Facebook"): each platform's followers over the last six months, Instagram first; the posts stay in the
     * trend table.
     */
    public List<Chart> getSocialCharts() {
        List<Chart> charts = new ArrayList<>();
        s.socialTrend("followers").forEach((platform, points) -> charts.add(chart(text("key.socialMedia.followers") + " "
                + text("platform." + platform, platform), points)));
        return charts;
    }

    /**
     * Employee Advocacy in the seeds' words: the employees who took part against the target and against all employees
     * (each in percent, the target met or not), then the activations with each kind's share; null when not entered.
     */
    public String getEmployeeAdvocacy() {
        Long employees = s.figure(ReportModel.Total.ADVOCACY_EMPLOYEES).value();
        Long activations = s.figure(ReportModel.Total.ADVOCACY_ACTIVATIONS).value();
        if (employees == null && activations == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        if (employees != null) {
            Long target = s.figure(ReportModel.Total.ADVOCACY_TARGET).value();
            Long all = s.figure(ReportModel.Total.ADVOCACY_ALL_EMPLOYEES).value();
            parts.add(MessageFormat.format(text("advocacyEmployees"), count(employees)) + (target == null || target <= 0
                    ? " " + text("advocacyNoTarget")
                    : ", " + MessageFormat.format(text("advocacyTarget"), Change.decimal(Change.share(employees, target), locale),
                            count(target), text(employees >= target ? "targetMet" : "targetMissed")))
                    + (all == null || all <= 0 ? "" : " " + MessageFormat.format(text("advocacyAll"),
                            Change.decimal(Change.share(employees, all), locale), count(all))));
        }
        if (activations != null) {
            parts.add(MessageFormat.format(text("advocacyActivations"), count(activations), String.join(", ",
                    s.advocacyActivations().stream().filter(c -> c.figure().value() != null).map(c -> text("advocacyKind." + c.code(),
                            c.code()) + " " + count(c.figure().value()) + (c.share() == null ? "" : " (" + Change.decimal(c.share(),
                            locale) + "%)")).toList())));
        }
        return "Employee Advocacy: " + String.join("; ", parts) + ".";
    }

    /** Employee Advocacy's figures with M−1 and M−12, as entered: employees, target, all employees, activations by kind and in all. */
    public List<ReportLine> getEmployeeAdvocacyFigures() {
        List<ReportLine> out = new ArrayList<>();
        for (ReportModel.Total t : List.of(ReportModel.Total.ADVOCACY_EMPLOYEES, ReportModel.Total.ADVOCACY_TARGET,
                ReportModel.Total.ADVOCACY_ALL_EMPLOYEES)) {
            if (s.has(t)) {
                out.add(line(t));
            }
        }
        s.advocacyActivations().forEach(c -> out.add(coded(c, "advocacyKind.")));
        if (s.has(ReportModel.Total.ADVOCACY_ACTIVATIONS)) {
            out.add(line(ReportModel.Total.ADVOCACY_ACTIVATIONS));
        }
        return out;
    }

    /** The months of the channels' trends, as the trend table's columns. */
    public List<String> getChannelMonths() {
        return s.channelTrend().values().stream().findFirst().orElse(List.of()).stream().map(p -> shortMonth(p.month())).toList();
    }

    /** The consultation tickets of the thirteen months from M−12 to M (older reports: M−12 and the last five). */
    public Chart getTrend() {
        return chart(text("trend"), s.ticketTrend());
    }

    /** The channels with tickets this month, for a pie or bars. */
    public Chart getChannelShares() {
        return shares(text("channels"), getChannels());
    }

    /** The user categories with tickets this month. */
    public Chart getCategoryShares() {
        return shares(text("tickets"), getCategories());
    }

    /** The ten most asked technical topics of the month (the seeds' bar chart "Topik Konsultasi Teknis"). */
    public Chart getTechnicalTopicChart() {
        return topicChart(text("topicsTechnical"), true);
    }

    /** The ten most asked other topics (Surat Masuk, Reservasi, Pengaduan …). */
    public Chart getOtherTopicChart() {
        return topicChart(text("topicsOther"), false);
    }

    private Chart topicChart(String title, boolean technical) {
        List<ReportModel.Topic> top = s.topics().stream().filter(t -> t.technical() == technical && t.figure().value() != null
                && t.figure().value() > 0).sorted(java.util.Comparator.comparing((ReportModel.Topic t) -> t.figure().value()).reversed())
                .limit(10).toList();
        return new Chart(title, top.stream().map(ReportModel.Topic::name).toList(), top.stream().map(t -> t.figure().value()).toList());
    }

    /** The out-of-hours tickets per time zone (the seeds' "di luar jam layanan sesuai wilayah"). */
    public Chart getOutsideHoursChart() {
        return new Chart(text("outsideHoursChart"), s.serviceHours().stream().map(ReportModel.Zone::zone).toList(),
                s.serviceHours().stream().map(ReportModel.Zone::outside).toList()).orEmpty();
    }

    /** The tickets that needed escalation and those that did not (the seeds' "Persentase Eskalasi Tiket"). */
    public Chart getEscalationChart() {
        Long total = s.figure(ReportModel.Total.TICKETS).value();
        long escalated = s.escalation().count();
        return new Chart(text("escalationChart"), List.of(text("escalated"), text("notEscalated")),
                List.of(escalated, Math.max(0, (total == null ? 0 : total) - escalated))).orEmpty();
    }

    /** The Layer 2 units' average speed scores, best first (units without a score left out). */
    public Chart getUnitChart() {
        List<ReportModel.UnitScore> scored = s.units().stream().filter(u -> u.averageScore() != null).toList();
        return new Chart(text("unitChart"), scored.stream().map(ReportModel.UnitScore::unit).toList(),
                scored.stream().map(ReportModel.UnitScore::averageScore).toList()).orEmpty();
    }

    /** Each agent's average of Kepuasan Layanan (the table gives both questions). */
    public Chart getSatisfactionChart() {
        List<ReportModel.AgentScore> rated = s.satisfaction().stream().filter(a -> a.service() != null).toList();
        return new Chart(text("satisfactionChart"), rated.stream().map(ReportModel.AgentScore::agent).toList(),
                rated.stream().map(ReportModel.AgentScore::service).toList()).orEmpty();
    }

    /** The month's PPID decisions per outcome. */
    public Chart getPpidDecisionChart() {
        List<ReportModel.Count> decided = s.ppidDecided().stream().filter(c -> c.count() > 0).toList();
        return new Chart(text("ppidDecisionChart"), decided.stream().map(c -> text("decision." + c.code(), c.code())).toList(),
                decided.stream().map(ReportModel.Count::count).toList());
    }

    /**
     * Per time zone: tickets inside and outside service hours, and the zone's share of all out-of-hours tickets whose
     * zone is known (the seeds: "42 (74%) dari bagian barat (WIB)").
     */
    public List<Row> getServiceHours() {
        long outside = s.serviceHours().stream().mapToLong(ReportModel.Zone::outside).sum();
        return s.serviceHours().stream().map(z -> new Row(z.zone(), count(z.inside()), count(z.outside()),
                percent(Change.share(z.outside(), outside)))).toList();
    }

    /** The Layer 2 unit with the best average speed score this month, in one sentence; null when none was scored. */
    public String getTopUnit() {
        return s.units().stream().filter(u -> u.averageScore() != null).findFirst()
                .map(u -> MessageFormat.format(text("topUnit"), u.unit(), decimal(u.averageScore()), count(u.count()))).orElse(null);
    }

    private String percent(Double share) {
        return share == null ? "–" : Change.decimal(share, locale) + "%";
    }

    /** The escalations in one sentence: all of them with their share, and among the out-of-hours tickets. */
    public String getEscalation() {
        ReportModel.Escalation e = s.escalation();
        Long total = s.figure(ReportModel.Total.TICKETS).value();
        Double share = Change.share(e.count(), total == null ? 0 : total);
        return MessageFormat.format(text("escalation"), count(e.count()), share == null ? "–" : Change.decimal(share, locale) + "%",
                count(e.outsideHoursEscalated()), count(e.outsideHours()));
    }

    /** The tickets whose time zone is unknown (the requester's region not identified). */
    public String getUnidentified() {
        return text("unidentified") + ": " + count(s.escalation().unidentified());
    }

    public List<Row> getTopPemda() {
        return s.topPemda().stream().map(p -> new Row(p.region(), count(p.count()), String.join(", ", p.topics()))).toList();
    }

    /** Layer 2 units ranked by average speed score: rank, unit, tickets, average. */
    public List<Row> getUnits() {
        List<Row> rows = new ArrayList<>();
        int rank = 1;
        for (ReportModel.UnitScore u : s.units()) {
            rows.add(new Row(String.valueOf(rank++), u.unit(), count(u.count()), decimal(u.averageScore())));
        }
        return rows;
    }

    /** Satisfaction per agent (display names) against the target: agent, service, answer, ratings, target met. */
    public List<Row> getSatisfaction() {
        return s.satisfaction().stream().map(a -> new Row(a.agent(), decimal(a.service()), decimal(a.answer()), count(a.ratings()),
                text(a.meetsTarget() ? "targetMet" : "targetMissed"))).toList();
    }

    /**
     * The month's average of every rating of both questions against the target ("rata-rata nilai kepuasan"); null
     * when nobody rated, or in a revision compiled before the average was kept.
     */
    public String getSatisfactionAverage() {
        return s.satisfactionAverage().filter(a -> a.value() != null).map(a -> MessageFormat.format(text("satisfactionAverage"),
                decimal(a.value()), decimal(a.target()), text(a.meetsTarget() ? "targetMet" : "targetMissed"))).orElse(null);
    }

    /** Knowledge-base entries awaiting review per topic. */
    public List<Row> getKbReview() {
        return s.kbNeedingReview().stream().map(c -> new Row(c.name(), count(c.count()))).toList();
    }

    // ---------------------------------------------------------------- website, visits

    public List<Row> getPublications() {
        return s.publications().stream().map(i -> new Row(date(i.date()), i.typeLabel(), i.title())).toList();
    }

    public List<Row> getEvents() {
        return s.events().stream().map(i -> new Row(date(i.date()), i.title())).toList();
    }

    /** The website's visitors of the last six months (empty for a report compiled before they were kept). */
    public Chart getWebsiteTrend() {
        return chart(text("websiteTrend"), s.websiteTrend());
    }

    public List<Row> getVisits() {
        return s.visits().stream().map(v -> new Row(date(v.date()), v.region(), String.valueOf(v.guestsArrived()), v.topics(),
                v.breach() ? text("breachYes") : "")).toList();
    }

    public List<Row> getConferences() {
        return s.conferences().stream().map(v -> new Row(date(v.date()), v.region(), v.topics())).toList();
    }

    // ---------------------------------------------------------------- PPID

    /** Requests received and objections filed, with M−1 and M−12 (a report compiled before objections were counted has none). */
    public List<ReportLine> getPpidFigures() {
        List<ReportLine> out = new ArrayList<>();
        out.add(line(ReportModel.Total.PPID_RECEIVED));
        if (s.has(ReportModel.Total.PPID_OBJECTIONS)) {
            out.add(line(ReportModel.Total.PPID_OBJECTIONS));
        }
        return out;
    }

    /** The average working days from receipt to decision of the month's decisions (empty for an older report). */
    public String getPpidAverage() {
        if (!s.keepsPpidAverage()) {
            return "";
        }
        Double days = s.ppidAverageWorkingDays();
        return days == null ? text("ppidNoDecision") : MessageFormat.format(text("ppidAverage"), Change.decimal(days, locale));
    }

    /** The PPID's year to date, then the average working days. */
    public List<String> getPpidSentences() {
        List<String> out = new ArrayList<>();
        out.add(text("ytdLead") + " " + count(s.yearToDate(ReportModel.Total.PPID_RECEIVED)) + ".");
        if (s.keepsPpidAverage()) {
            out.add(getPpidAverage());
        }
        return out;
    }

    public List<Row> getPpidDecided() {
        return s.ppidDecided().stream().map(c -> new Row(text("decision." + c.code(), c.code()), count(c.count()))).toList();
    }

    public List<Row> getPpidTopics() {
        return s.ppidTopics().stream().map(c -> new Row("UNCLASSIFIED".equals(c.code()) ? text("ppidUnclassified") : c.name(),
                count(c.count()))).toList();
    }

    public List<Row> getPpidObjectionOutcomes() {
        return s.ppidObjectionOutcomes().stream().map(c -> new Row(text("objectionOutcome." + c.code(), c.code()), count(c.count())))
                .toList();
    }

    /** The requests received in each month of the year up to this one (empty for a report compiled before). */
    public Chart getPpidTrend() {
        return chart(text("ppidTrend"), s.ppidTrend());
    }

    // ---------------------------------------------------------------- social media, chatbot, Email Lapor, blasts

    /** Social media per platform and measure, with M−1 and M−12 (only what the report holds a value of). */
    public List<ReportLine> getSocialMedia() {
        List<ReportLine> rows = new ArrayList<>();
        for (ReportModel.Platform p : s.platforms()) {
            p.measures().forEach((measure, f) -> {
                if (f.value() != null) {
                    rows.add(new ReportLine(measure + "." + p.code(), text("key.socialMedia." + measure) + " "
                            + text("platform." + p.code(), p.code()), f, null, locale));
                }
            });
        }
        return rows;
    }

    /** Where the social-media figures come from: the platforms' exports or the editor. */
    public String getSocialMediaSources() {
        return text("socialMediaSources");
    }

    /** Chatbot users per menu, then the users without Chat Agent. */
    public List<ReportLine> getChatbot() {
        List<ReportLine> rows = new ArrayList<>(s.chatbotMenus().stream().map(c -> coded(c, "chatbotMenu.")).toList());
        if (s.has(ReportModel.Total.CHATBOT_USERS)) {
            rows.add(line(ReportModel.Total.CHATBOT_USERS));
        }
        return rows;
    }

    /** Email Lapor per report type with its share, then the total. */
    public List<ReportLine> getEmailLapor() {
        List<ReportLine> rows = new ArrayList<>(s.emailTypes().stream().map(c -> coded(c, "emailType.")).toList());
        if (s.has(ReportModel.Total.EMAIL_LAPOR)) {
            rows.add(line(ReportModel.Total.EMAIL_LAPOR));
        }
        return rows;
    }

    /** The blasts: this month's count with M−1 and M−12. */
    public List<ReportLine> getBlastFigures() {
        return List.of(line(ReportModel.Total.BLASTS));
    }

    /** Whether the month's blasts are those sent from the portal, not a list the editor typed. */
    public boolean isBlastsFromData() {
        return s.blastsFromData();
    }

    /** The blasts of the month: date, channel, subject. */
    public List<Row> getBlasts() {
        return s.blasts().stream().map(b -> new Row(date(b.date()), text("blastChannel." + b.channel(), b.channel()), b.subject()))
                .toList();
    }

    /** The seeds' sentences on blasts, the chatbot and Email Lapor: this month, the changes, the year to date. */
    public List<String> getEnteredSentences() {
        List<String> out = new ArrayList<>();
        for (ReportModel.Total t : List.of(ReportModel.Total.BLASTS, ReportModel.Total.CHATBOT_USERS, ReportModel.Total.EMAIL_LAPOR)) {
            if (s.has(t)) {
                out.add(ReportText.comparison(text("what." + t.key()), s.figure(t), month, locale) + " " + text("ytdLead") + " "
                        + count(s.yearToDate(t)) + ".");
            }
        }
        return out;
    }

    /** The years to date of blasts, Email Lapor and chatbot users. */
    public String getEnteredYearToDate() {
        return label(ReportModel.Total.BLASTS) + " " + count(s.yearToDate(ReportModel.Total.BLASTS)) + " · "
                + label(ReportModel.Total.EMAIL_LAPOR) + " " + count(s.yearToDate(ReportModel.Total.EMAIL_LAPOR)) + " · "
                + label(ReportModel.Total.CHATBOT_USERS) + " " + count(s.yearToDate(ReportModel.Total.CHATBOT_USERS));
    }

    // ---------------------------------------------------------------- helpers

    /** A total's name ("Tiket konsultasi"). */
    public String label(ReportModel.Total total) {
        return text("key." + total.key(), total.key());
    }

    private ReportLine line(ReportModel.Total total) {
        return new ReportLine(total.key(), label(total), s.figure(total), null, locale);
    }

    private ReportLine coded(ReportModel.Coded c, String labelPrefix) {
        return new ReportLine(c.code(), text(labelPrefix + c.code(), c.code()), c.figure(), c.share(), locale);
    }

    private Chart chart(String title, List<ReportModel.Point> points) {
        return new Chart(title, points.stream().map(p -> shortMonth(p.month())).toList(),
                points.stream().map(ReportModel.Point::value).toList());
    }

    private static Chart shares(String title, List<ReportLine> lines) {
        List<ReportLine> shown = lines.stream().filter(r -> r.figure().value() != null && r.figure().value() > 0).toList();
        return new Chart(title, shown.stream().map(ReportLine::getLabel).toList(), shown.stream().map(r -> r.figure().value()).toList());
    }

    /** "Jan 2026" / "Jan 2026": a chart's month. */
    public String shortMonth(YearMonth m) {
        return m.getMonth().getDisplayName(TextStyle.SHORT, locale) + " " + m.getYear();
    }

    private String count(long n) {
        return Change.count(n, locale);
    }

    private String decimal(Double d) {
        return d == null ? "–" : Change.decimal(d, locale);
    }

    private String date(LocalDate day) {
        return day == null ? "" : format().date(day);
    }

    private Formatter format() {
        if (format == null) {
            format = Formatter.of(locale, zone);
        }
        return format;
    }

    private String text(String key) {
        return bundle().getString(key);
    }

    private String text(String key, String fallback) {
        return bundle().containsKey(key) ? bundle().getString(key) : fallback;
    }

    private ResourceBundle bundle() {
        if (texts == null) {
            texts = ResourceBundle.getBundle("id.djpk.portal.report.view", locale, ReportView.class.getClassLoader(), BASE_ONLY);
        }
        return texts;
    }
}
