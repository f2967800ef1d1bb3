package id.djpk.portal.report;

import id.djpk.portal.helpdesk.HelpdeskFigures;
import id.djpk.portal.ppid.Decision;
import id.djpk.portal.ppid.ObjectionOutcome;
import id.djpk.portal.ppid.PpidFigures;
import id.djpk.portal.reference.TimeZoneCode;
import id.djpk.portal.sitestats.MonthlyTraffic;
import id.djpk.portal.visit.MonthlyLists;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns the month's source figures into the report's snapshot: it computes every figure (the office's rules: which
 * tickets count, the changes, the sums, the top lists) and hands each to {@link ReportSnapshot.Writer}, the one place
 * that knows the snapshot's keys and layout (the report API's contract), as {@link ReportSnapshot} is the one place
 * that reads them. No database here, so every rule is testable.
 */
public final class ReportCompiler {

    /** A dated item of the website: a publication or an event. */
    public record Item(LocalDate date, String type, String typeLabel, String title, String slug) {
    }

    /** A topic's name and group (technical or other) as the report names it. */
    public record TopicName(String name, String group) {
    }

    /** Everything the report is made of, for month M, M−1 and M−12. */
    public record Sources(YearMonth month, HelpdeskFigures tickets, HelpdeskFigures ticketsPrevious,
            HelpdeskFigures ticketsLastYear, Map<YearMonth, Long> ticketTotals, PpidFigures ppid,
            PpidFigures ppidPrevious, PpidFigures ppidLastYear, MonthlyLists visits, MonthlyLists visitsPrevious,
            MonthlyLists visitsLastYear, long visitsYearToDate, long conferencesYearToDate, List<Item> publications,
            List<Item> events, MonthlyTraffic traffic, MonthlyTraffic trafficPrevious, MonthlyTraffic trafficLastYear,
            Map<String, TopicName> topics, Map<String, String> regions, Map<String, String> staffNames,
            Map<YearMonth, Long> ppidPerMonth, Map<YearMonth, MonthlyTraffic.Totals> trafficPerMonth,
            Map<YearMonth, Map<String, Long>> channelsPerMonth, Map<String, Map<String, Long>> channelTopics,
            Details details) {

        /**
         * The name the report shows for a staff account: its display name, never the login username (the report is
         * public). An account the directory does not know (history imported from the previous CRM) is "Petugas".
         */
        public String shownName(String username) {
            String name = staffNames.get(username);
            return name == null || name.isBlank() ? "Petugas" : name;
        }
    }

    /**
     * The report's finer parts: the complaint topics' tickets per region by name ({@code ""} for a requester whose
     * region is unknown), the topics of the escalated tickets (all of them, and those asked outside service hours),
     * and the held face-to-face consultations and video conferences of the last nine months per month (by
     * {@code VisitMode} name). {@link #NONE} for sources read before these were kept.
     */
    public record Details(Map<String, Map<String, Long>> complaints, Map<String, Long> escalatedTopics,
            Map<String, Long> escalatedOutsideTopics, Map<YearMonth, Map<String, Long>> servicesPerMonth) {

        public static final Details NONE = new Details(Map.of(), Map.of(), Map.of(), Map.of());
    }

    /** The complaint topics the report lists with their regions (Pengaduan, Keluhan Kebijakan, Keluhan Layanan), in order. */
    public static final List<String> COMPLAINT_TOPICS = List.of("PENGADUAN", "KELUHAN_KEBIJAKAN", "KELUHAN_LAYANAN");

    /** The sources of month M, built part by part: what is not given is empty (no tickets, no visits, no traffic…). */
    public static SourcesBuilder sources(YearMonth month) {
        return new SourcesBuilder(month);
    }

    /** Builds {@link Sources}; each part with M, M−1 and M−12 where the report compares. */
    public static final class SourcesBuilder {
        private final YearMonth month;
        private HelpdeskFigures tickets;
        private HelpdeskFigures ticketsPrevious;
        private HelpdeskFigures ticketsLastYear;
        private Map<YearMonth, Long> ticketTotals = Map.of();
        private PpidFigures ppid;
        private PpidFigures ppidPrevious;
        private PpidFigures ppidLastYear;
        private Map<YearMonth, Long> ppidPerMonth = Map.of();
        private MonthlyLists visits;
        private MonthlyLists visitsPrevious;
        private MonthlyLists visitsLastYear;
        private long visitsYearToDate;
        private long conferencesYearToDate;
        private List<Item> publications = List.of();
        private List<Item> events = List.of();
        private MonthlyTraffic traffic;
        private MonthlyTraffic trafficPrevious;
        private MonthlyTraffic trafficLastYear;
        private Map<YearMonth, MonthlyTraffic.Totals> trafficPerMonth = Map.of();
        private Map<String, TopicName> topics = Map.of();
        private Map<String, String> regions = Map.of();
        private Map<String, String> staffNames = Map.of();
        private Map<YearMonth, Map<String, Long>> channelsPerMonth = Map.of();
        private Map<String, Map<String, Long>> channelTopics = Map.of();
        private Details details = Details.NONE;

        private SourcesBuilder(YearMonth month) {
            this.month = month;
            if (month != null) {
                visits(none(month), none(month.minusMonths(1)), none(month.minusMonths(12)), 0, 0);
                traffic(new MonthlyTraffic(month, 0, 0, List.of()), new MonthlyTraffic(month.minusMonths(1), 0, 0, List.of()),
                        new MonthlyTraffic(month.minusMonths(12), 0, 0, List.of()));
            }
        }

        private static MonthlyLists none(YearMonth m) {
            return new MonthlyLists(m, List.of(), List.of());
        }

        /** The consultation tickets' figures of M, M−1, M−12 and the totals per month (trend, year to date). */
        public SourcesBuilder tickets(HelpdeskFigures month, HelpdeskFigures previous, HelpdeskFigures lastYear,
                Map<YearMonth, Long> totals) {
            this.tickets = month;
            this.ticketsPrevious = previous;
            this.ticketsLastYear = lastYear;
            this.ticketTotals = totals;
            return this;
        }

        /** The PPID's figures of M, M−1, M−12 and the requests received per month of the year. */
        public SourcesBuilder ppid(PpidFigures month, PpidFigures previous, PpidFigures lastYear, Map<YearMonth, Long> perMonth) {
            this.ppid = month;
            this.ppidPrevious = previous;
            this.ppidLastYear = lastYear;
            this.ppidPerMonth = perMonth;
            return this;
        }

        /** The held visits and video conferences of M, M−1, M−12 and their years to date. */
        public SourcesBuilder visits(MonthlyLists month, MonthlyLists previous, MonthlyLists lastYear, long visitsYtd,
                long conferencesYtd) {
            this.visits = month;
            this.visitsPrevious = previous;
            this.visitsLastYear = lastYear;
            this.visitsYearToDate = visitsYtd;
            this.conferencesYearToDate = conferencesYtd;
            return this;
        }

        /** The publications and events of M−12 up to M. */
        public SourcesBuilder website(List<Item> publications, List<Item> events) {
            this.publications = publications;
            this.events = events;
            return this;
        }

        /** The website's traffic of M, M−1 and M−12. */
        public SourcesBuilder traffic(MonthlyTraffic month, MonthlyTraffic previous, MonthlyTraffic lastYear) {
            this.traffic = month;
            this.trafficPrevious = previous;
            this.trafficLastYear = lastYear;
            return this;
        }

        /** The website's visitors and page views of the last six months. */
        public SourcesBuilder trafficPerMonth(Map<YearMonth, MonthlyTraffic.Totals> perMonth) {
            this.trafficPerMonth = perMonth;
            return this;
        }

        /** The names the report gives: topics (with their group), regions by code, staff by username. */
        public SourcesBuilder names(Map<String, TopicName> topics, Map<String, String> regions, Map<String, String> staffNames) {
            this.topics = topics;
            this.regions = regions;
            this.staffNames = staffNames;
            return this;
        }

        /** The tickets per month and channel (the channels' nine months) and the month's topics per channel. */
        public SourcesBuilder channels(Map<YearMonth, Map<String, Long>> perMonth, Map<String, Map<String, Long>> topicsPerChannel) {
            this.channelsPerMonth = perMonth;
            this.channelTopics = topicsPerChannel;
            return this;
        }

        public SourcesBuilder details(Details details) {
            this.details = details;
            return this;
        }

        public Sources build() {
            return new Sources(month, tickets, ticketsPrevious, ticketsLastYear, ticketTotals, ppid, ppidPrevious, ppidLastYear,
                    visits, visitsPrevious, visitsLastYear, visitsYearToDate, conferencesYearToDate, publications, events, traffic,
                    trafficPrevious, trafficLastYear, topics, regions, staffNames, ppidPerMonth, trafficPerMonth,
                    channelsPerMonth, channelTopics, details);
        }
    }

    /** A value the editor entered in this revision, with who and when. */
    public record Entered(long value, String by, Instant at, String source) {

        /** A typed value. */
        public Entered(long value, String by, Instant at) {
            this(value, by, at, null);
        }
    }

    /** A blast the editor listed: its day, subject and channel, with who and when (null for a blast sent from the portal). */
    public record Blast(LocalDate date, String subject, String channel, String by, Instant at) {
    }

    /**
     * The report's entered part ({@link EnteredFigures}): this revision's entries and blasts; the keys the
     * {@link ReportFigureSource}s measure and their values for the month; and for the other months the compiler
     * compares with (M−1, M−12, the earlier months of the year) the values of their latest revisions (entries and
     * the count of blasts) with the sources' values over them. A month without a report (and no source) is left out.
     */
    public record EnteredData(Map<String, Entered> entries, List<Blast> blasts, Set<String> measuredKeys,
            Map<String, Long> measured, Map<YearMonth, Map<String, Long>> otherMonths) {

        public static EnteredData none() {
            return new EnteredData(Map.of(), List.of(), Set.of(), Map.of(), Map.of());
        }
    }

    public static JsonObject compile(Sources s, EnteredData entered, Instant compiledAt) {
        YearMonth m = s.month();
        YearMonth prev = m.minusMonths(1);
        YearMonth lastYear = m.minusMonths(12);
        ReportSnapshot.Writer w = new ReportSnapshot.Writer(m, compiledAt);

        // tickets
        w.total(ReportModel.Total.TICKETS, s.tickets().total(), s.ticketsPrevious().total(), s.ticketsLastYear().total());
        // the report's channel lines: HAI with the web form (ReportChannels), said in the notes
        Map<String, Long> channels = ReportChannels.asReported(s.tickets().byChannel());
        Map<String, Long> channelsPrevious = ReportChannels.asReported(s.ticketsPrevious().byChannel());
        Map<String, Long> channelsLastYear = ReportChannels.asReported(s.ticketsLastYear().byChannel());
        for (String code : channels.keySet()) {
            w.channel(code, channels.get(code), zero(channelsPrevious.get(code)), zero(channelsLastYear.get(code)));
        }
        w.notes(ReportChannels.notes());
        for (String code : s.tickets().byCategory().keySet()) {
            w.category(code, zero(s.tickets().byCategory().get(code)), zero(s.ticketsPrevious().byCategory().get(code)),
                    zero(s.ticketsLastYear().byCategory().get(code)));
        }
        TreeSet<String> topicCodes = new TreeSet<>(s.tickets().byTopic().keySet());
        topicCodes.addAll(s.ticketsPrevious().byTopic().keySet());
        topicCodes.addAll(s.ticketsLastYear().byTopic().keySet());
        for (String code : topicCodes) {
            w.topic(code, zero(s.tickets().byTopic().get(code)), zero(s.ticketsPrevious().byTopic().get(code)),
                    zero(s.ticketsLastYear().byTopic().get(code)));
        }
        // the names of the tickets' topics and of those with knowledge-base entries awaiting review
        TreeSet<String> named = new TreeSet<>(topicCodes);
        named.addAll(s.tickets().kbNeedingReview().keySet());
        Map<String, TopicName> topicNames = new LinkedHashMap<>();
        named.forEach(code -> topicNames.put(code, s.topics().getOrDefault(code, new TopicName(code, "OTHER"))));
        w.topicNames(topicNames);
        channelSections(w, s, channels.keySet());
        List<ReportModel.Zone> zones = new ArrayList<>();
        for (TimeZoneCode z : TimeZoneCode.values()) {
            HelpdeskFigures.InOut io = s.tickets().serviceHours().get(z);
            zones.add(new ReportModel.Zone(z.name(), io.inside(), io.outside()));
        }
        w.serviceHours(zones, s.tickets().unidentified());
        HelpdeskFigures.Escalation esc = s.tickets().escalated();
        w.escalation(esc.count(), esc.outsideHours(), esc.outsideHoursEscalated());
        w.yearToDate(ReportModel.Total.TICKETS, s.ticketTotals().entrySet().stream()
                .filter(e -> e.getKey().getYear() == m.getYear() && !e.getKey().isAfter(m))
                .mapToLong(Map.Entry::getValue).sum());
        // the thirteen months from M−12 to M (the seeds' "Perkembangan Jumlah Konsultasi")
        List<ReportModel.Point> trend = new ArrayList<>();
        for (YearMonth t = lastYear; !t.isAfter(m); t = t.plusMonths(1)) {
            trend.add(new ReportModel.Point(t, s.ticketTotals().getOrDefault(t, 0L)));
        }
        w.ticketTrend(trend);
        List<ReportModel.UnitScore> units = new ArrayList<>();
        s.tickets().l2Units().forEach((unit, score) -> units.add(new ReportModel.UnitScore(unit, score.count(), score.averageScore())));
        w.units(units);
        List<Map.Entry<String, ReportModel.Pemda>> pemda = new ArrayList<>();
        for (HelpdeskFigures.Pemda p : s.tickets().topPemda()) {
            pemda.add(Map.entry(p.regionCode(), new ReportModel.Pemda(s.regions().getOrDefault(p.regionCode(), p.regionCode()),
                    p.count(), p.topics().keySet().stream().map(code -> s.topics().getOrDefault(code, new TopicName(code, "")).name())
                            .toList())));
        }
        w.topPemda(pemda);
        Map<String, HelpdeskFigures.Satisfaction> satisfaction = new LinkedHashMap<>();
        Map<String, Integer> shown = new HashMap<>();
        s.tickets().satisfaction().forEach((agent, r) -> {
            // agents by display name; two of the same name are told apart by a number, not by their usernames
            String name = s.shownName(agent);
            int seen = shown.merge(name, 1, Integer::sum);
            satisfaction.put(seen == 1 ? name : name + " (" + seen + ")", r);
        });
        w.satisfaction(satisfaction);
        // "rata-rata nilai kepuasan": every rating of both questions, against the office's target
        w.satisfactionAverage(s.tickets().satisfactionAverage(), id.djpk.portal.helpdesk.Survey.TARGET,
                id.djpk.portal.helpdesk.Survey.meetsTarget(s.tickets().satisfactionAverage()));
        w.kbNeedingReview(s.tickets().kbNeedingReview());

        // website
        List<Item> pubs = inMonth(s.publications(), m);
        List<Item> events = inMonth(s.events(), m);
        w.total(ReportModel.Total.PUBLICATIONS, pubs.size(), (long) inMonth(s.publications(), prev).size(),
                (long) inMonth(s.publications(), lastYear).size());
        w.yearToDate(ReportModel.Total.PUBLICATIONS, yearToDate(s.publications(), m));
        w.publications(pubs);
        w.total(ReportModel.Total.EVENTS, events.size(), (long) inMonth(s.events(), prev).size(), (long) inMonth(s.events(), lastYear).size());
        w.yearToDate(ReportModel.Total.EVENTS, yearToDate(s.events(), m));
        w.events(events);
        w.total(ReportModel.Total.WEBSITE_VISITORS, s.traffic().visitors(), s.trafficPrevious().visitors(),
                s.trafficLastYear().visitors());
        w.total(ReportModel.Total.WEBSITE_PAGE_VIEWS, s.traffic().pageViews(), s.trafficPrevious().pageViews(),
                s.trafficLastYear().pageViews());
        w.topPages(s.traffic().topPagesJson());
        // the last six months up to M (the seeds' chart of visitors), empty when the sources have none
        w.websiteTrend(s.trafficPerMonth());

        // visits and video conferences
        w.total(ReportModel.Total.VISITS, s.visits().visits().size(), (long) s.visitsPrevious().visits().size(),
                (long) s.visitsLastYear().visits().size());
        w.yearToDate(ReportModel.Total.VISITS, s.visitsYearToDate());
        w.visitBreaches(s.visits().breaches());
        w.visits(s.visits().visits());
        w.total(ReportModel.Total.VIDEO_CONFERENCES, s.visits().videoConferences().size(),
                (long) s.visitsPrevious().videoConferences().size(), (long) s.visitsLastYear().videoConferences().size());
        w.yearToDate(ReportModel.Total.VIDEO_CONFERENCES, s.conferencesYearToDate());
        w.conferences(s.visits().videoConferences());
        details(w, s);

        // PPID
        w.total(ReportModel.Total.PPID_RECEIVED, s.ppid().received(), s.ppidPrevious().received(), s.ppidLastYear().received());
        w.yearToDate(ReportModel.Total.PPID_RECEIVED, s.ppid().receivedYearToDate());
        Map<String, Long> decided = new LinkedHashMap<>();
        for (Decision d : Decision.values()) {
            decided.put(d.name(), s.ppid().decided().get(d));
        }
        w.ppidDecided(decided);
        List<ReportModel.Count> asked = new ArrayList<>();
        s.ppid().topics().forEach((code, n) -> asked.add(new ReportModel.Count(code, PpidFigures.UNCLASSIFIED.equals(code) ? code
                : s.topics().getOrDefault(code, new TopicName(code, "")).name(), n)));
        w.ppidTopics(asked);
        ppid(w, s);

        // figures the editor entered (or a source measured)
        entered(w, m, entered);
        return w.build();
    }

    /**
     * The PPID's figures beside received, decided and asked: the average working days from receipt to decision of
     * the month's decisions ({@code ppid.averageWorkingDays}, one decimal, null when none was decided; working days
     * of the portal's calendar), the objections filed with M−1 and M−12 ({@code ppid.objections}) and the superior's
     * answers given in the month per outcome ({@code ppid.objectionOutcomes}), and the requests received in each
     * month of the year up to M ({@code ppid.trend}, the seeds' chart "Jumlah Permohonan Data melalui PPID").
     */
    private static void ppid(ReportSnapshot.Writer w, Sources s) {
        w.ppidAverageWorkingDays(oneDecimal(s.ppid().averageWorkingDays()));
        w.total(ReportModel.Total.PPID_OBJECTIONS, s.ppid().objectionsFiled(), s.ppidPrevious().objectionsFiled(),
                s.ppidLastYear().objectionsFiled());
        Map<String, Long> outcomes = new LinkedHashMap<>();
        for (ObjectionOutcome x : ObjectionOutcome.values()) {
            outcomes.put(x.name(), s.ppid().objectionOutcomes().getOrDefault(x, 0L));
        }
        w.ppidObjectionOutcomes(outcomes);
        List<ReportModel.Point> trend = new ArrayList<>();
        for (YearMonth t = YearMonth.of(s.month().getYear(), 1); !t.isAfter(s.month()); t = t.plusMonths(1)) {
            trend.add(new ReportModel.Point(t, s.ppidPerMonth().getOrDefault(t, 0L)));
        }
        w.ppidTrend(trend);
    }

    /** How many months a channel's trend shows, up to M (the seeds' charts: nine). */
    static final int CHANNEL_MONTHS = 9;
    /** How many topics each channel names (the seeds: the top three). */
    static final int CHANNEL_TOPICS = 3;

    /**
     * Each consultation channel of the report (HAI with the web form, {@link ReportChannels}) with its tickets of the
     * last nine months ({@code tickets.channelTrend}: one object per month, the channels' counts by code) and its three
     * most asked topics of the month ({@code tickets.channelTopics}: code → [{code, name, count}], most first, ties by
     * name). Both empty when the sources hold no channel data (a report compiled before).
     */
    private static void channelSections(ReportSnapshot.Writer w, Sources s, java.util.Collection<String> codes) {
        Map<YearMonth, Map<String, Long>> trend = new LinkedHashMap<>();
        if (!s.channelsPerMonth().isEmpty()) {
            for (YearMonth t = s.month().minusMonths(CHANNEL_MONTHS - 1); !t.isAfter(s.month()); t = t.plusMonths(1)) {
                Map<String, Long> reported = ReportChannels.asReported(s.channelsPerMonth().getOrDefault(t, Map.of()));
                Map<String, Long> point = new LinkedHashMap<>();
                codes.forEach(code -> point.put(code, reported.getOrDefault(code, 0L)));
                trend.put(t, point);
            }
        }
        w.channelTrend(trend);
        Map<String, List<ReportModel.Count>> topics = new LinkedHashMap<>();
        if (!s.channelTopics().isEmpty()) {
            for (String code : codes) {
                Map<String, Long> counts = new HashMap<>();
                s.channelTopics().forEach((channel, byTopic) -> {
                    if (code.equals(channel) || (ReportChannels.HAI.equals(code) && ReportChannels.WEB_FORM.equals(channel))) {
                        byTopic.forEach((topic, n) -> counts.merge(topic, n, Long::sum));
                    }
                });
                topics.put(code, top(s, counts, CHANNEL_TOPICS));
            }
        }
        w.channelTopics(topics);
    }

    /** How many topics the report names for the escalations and for the visits (the seeds: three). */
    static final int TOP_TOPICS = 3;

    /**
     * The {@link Details}, in a report compiled with them: {@code tickets.complaints} (per complaint topic with tickets:
     * code, name, count and its regions, most first), {@code tickets.escalatedTopics} ({@code all} and
     * {@code outsideHours}: the three most asked topics of the escalated tickets, of all of them and of those asked
     * outside service hours), {@code visits.trend} (the last nine months: visits and video conferences held) and
     * {@code visits.topTopics} / {@code videoConferences.topTopics} (the month's three most discussed topics).
     */
    private static void details(ReportSnapshot.Writer w, Sources s) {
        Details d = s.details();
        if (d == Details.NONE) {
            return;
        }
        List<ReportModel.Complaint> complaints = new ArrayList<>();
        for (String code : COMPLAINT_TOPICS) {
            Map<String, Long> regions = d.complaints().getOrDefault(code, Map.of());
            long count = regions.values().stream().mapToLong(Long::longValue).sum();
            if (count > 0) {
                complaints.add(new ReportModel.Complaint(code, topicName(s, code), count, regions.entrySet().stream()
                        .sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                                .thenComparing(e -> e.getKey().isEmpty() ? "\uffff" : e.getKey()))
                        .map(e -> new ReportModel.Count("", e.getKey(), e.getValue())).toList()));
            }
        }
        w.complaints(complaints);
        w.escalatedTopics(top(s, d.escalatedTopics(), TOP_TOPICS), top(s, d.escalatedOutsideTopics(), TOP_TOPICS));
        List<ReportModel.Point> visits = new ArrayList<>();
        List<ReportModel.Point> conferences = new ArrayList<>();
        for (YearMonth t = s.month().minusMonths(CHANNEL_MONTHS - 1); !t.isAfter(s.month()); t = t.plusMonths(1)) {
            Map<String, Long> held = d.servicesPerMonth().getOrDefault(t, Map.of());
            visits.add(new ReportModel.Point(t, held.getOrDefault("TATAP_MUKA", 0L)));
            conferences.add(new ReportModel.Point(t, held.getOrDefault("VIDEO_CONFERENCE", 0L)));
        }
        w.visitsTrend(visits, conferences);
        w.visitTopics(topNames(s.visits().visits().stream().map(MonthlyLists.VisitRow::topics).toList()));
        w.conferenceTopics(topNames(s.visits().videoConferences().stream().map(MonthlyLists.ConferenceRow::topics).toList()));
    }

    /** The largest counts by topic code with the topics' names, most first, ties by name. */
    private static List<ReportModel.Count> top(Sources s, Map<String, Long> counts, int limit) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(e -> topicName(s, e.getKey())))
                .limit(limit).map(e -> new ReportModel.Count(e.getKey(), topicName(s, e.getKey()), e.getValue())).toList();
    }

    /** The three topics most often among the rows' topic names ("Dana Alokasi Umum, Dana Bagi Hasil"), most first. */
    private static List<ReportModel.Count> topNames(List<String> rows) {
        Map<String, Long> counts = new HashMap<>();
        rows.stream().filter(r -> r != null && !r.isBlank()).flatMap(r -> java.util.Arrays.stream(r.split(",\\s*")))
                .map(String::strip).filter(n -> !n.isEmpty()).forEach(n -> counts.merge(n, 1L, Long::sum));
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .limit(TOP_TOPICS).map(e -> new ReportModel.Count("", e.getKey(), e.getValue())).toList();
    }

    private static String topicName(Sources s, String code) {
        return s.topics().getOrDefault(code, new TopicName(code, "OTHER")).name();
    }

    /** An average as the report writes it: rounded half up to one decimal; null stays null. */
    static Double oneDecimal(Double value) {
        return value == null ? null : java.math.BigDecimal.valueOf(value).setScale(1, java.math.RoundingMode.HALF_UP).doubleValue();
    }

    /** The snapshot with the entered figures written in again: only those keys change. */
    public static JsonObject withEntered(JsonObject snapshot, EnteredData entered) {
        ReportSnapshot.Writer part = new ReportSnapshot.Writer();
        entered(part, ReportSnapshot.parse(snapshot.toString()).month(), entered);
        return ReportSnapshot.Writer.withEntered(snapshot, part).build();
    }

    /** The entered part of month M's snapshot alone (see {@link #entered(ReportSnapshot.Writer, YearMonth, EnteredData)}). */
    public static JsonObjectBuilder entered(YearMonth m, EnteredData d) {
        ReportSnapshot.Writer part = new ReportSnapshot.Writer();
        entered(part, m, d);
        return part.builder();
    }

    /**
     * The entered part of month M's snapshot: every entered or measured figure with M−1 and M−12, the sums
     * ({@code chatbot.users} without Chat Agent, {@code emailLapor.total} with each type's {@code share}),
     * {@code blasts.total} (the list's count) and {@code blasts.list}, the average of the platforms' posts (the
     * summary tile) and the years to date {@code blasts.ytd}, {@code emailLapor.ytd}, {@code chatbot.ytd} (this
     * month's value and the latest revision of each earlier month of the year). A key a source measures is taken
     * from the source ({@code "fromData": true}) whatever was entered.
     */
    private static void entered(ReportSnapshot.Writer w, YearMonth m, EnteredData d) {
        Set<String> measured = d.measuredKeys();
        Map<String, Long> raw = new LinkedHashMap<>();
        d.entries().forEach((key, e) -> {
            if (!measured.contains(key)) {
                raw.put(key, e.value());
            }
        });
        measured.forEach(key -> raw.put(key, d.measured().getOrDefault(key, 0L)));
        if (!measured.contains(EnteredFigures.BLASTS)) {
            Entered count = d.entries().get(EnteredFigures.BLASTS);
            raw.put(EnteredFigures.BLASTS, !d.blasts().isEmpty() ? d.blasts().size() : count == null ? 0 : count.value());
        }
        Map<String, Long> current = totals(raw, measured);
        Map<String, Long> previous = d.otherMonths().containsKey(m.minusMonths(1))
                ? totals(d.otherMonths().get(m.minusMonths(1)), measured) : Map.of();
        Map<String, Long> lastYear = d.otherMonths().containsKey(m.minusMonths(12))
                ? totals(d.otherMonths().get(m.minusMonths(12)), measured) : Map.of();

        long emailTotal = current.getOrDefault(EnteredFigures.EMAIL_LAPOR, 0L);
        long activations = current.getOrDefault(EnteredFigures.ADVOCACY_ACTIVATIONS, 0L);
        for (String key : order(current.keySet())) {
            // a part of a sum with its share of the sum: an Email Lapor type, a kind of activation
            Long whole = key.startsWith(EnteredFigures.EMAIL_TYPE) ? Long.valueOf(emailTotal)
                    : key.startsWith(EnteredFigures.ADVOCACY_ACTIVATION) ? Long.valueOf(activations) : null;
            w.entered(key, current.get(key), previous.get(key), lastYear.get(key), mark(key, d), whole != null,
                    whole == null ? null : Change.share(current.get(key), whole));
        }
        w.blasts(d.blasts());
        for (ReportModel.Total total : List.of(ReportModel.Total.BLASTS, ReportModel.Total.EMAIL_LAPOR, ReportModel.Total.CHATBOT_USERS)) {
            long sum = current.getOrDefault(total.key(), 0L);
            for (Map.Entry<YearMonth, Map<String, Long>> other : d.otherMonths().entrySet()) {
                if (other.getKey().getYear() == m.getYear() && other.getKey().isBefore(m)) {
                    sum += totals(other.getValue(), measured).getOrDefault(total.key(), 0L);
                }
            }
            w.yearToDate(total, sum);
        }
        trends(w, m, current, d);
    }

    /** How many months the social-media trends show, up to M (the seeds' charts: six). */
    static final int SOCIAL_MONTHS = 6;

    /**
     * The entered part's trends: the chatbot's users and Email Lapor's e-mails of the last nine months
     * ({@code chatbot.trend}, {@code emailLapor.trend}) and the platforms' posts, followers and reach of the last six
     * ({@code socialMedia.trend}), from this month's values and the latest revisions (and sources) of the months
     * before; a month without a value is left out rather than shown as zero.
     */
    private static void trends(ReportSnapshot.Writer w, YearMonth m, Map<String, Long> current, EnteredData d) {
        java.util.TreeMap<YearMonth, Map<String, Long>> months = new java.util.TreeMap<>();
        d.otherMonths().forEach((x, values) -> {
            if (x.isBefore(m) && !x.isBefore(m.minusMonths(CHANNEL_MONTHS - 1))) {
                months.put(x, totals(values, d.measuredKeys()));
            }
        });
        months.put(m, current);
        w.chatbotTrend(points(months, EnteredFigures.CHATBOT));
        w.emailLaporTrend(points(months, EnteredFigures.EMAIL_LAPOR));
        List<ReportSnapshot.Writer.SocialMonth> social = new ArrayList<>();
        months.tailMap(m.minusMonths(SOCIAL_MONTHS - 1)).forEach((x, values) -> {
            Map<String, Map<String, Long>> measures = new LinkedHashMap<>();
            boolean any = false;
            for (String[] measure : new String[][] {{"posts", EnteredFigures.POSTS}, {"followers", EnteredFigures.FOLLOWERS},
                    {"reach", EnteredFigures.REACH}}) {
                Map<String, Long> byPlatform = new LinkedHashMap<>();
                for (String p : EnteredFigures.PLATFORMS) {
                    Long v = values.get(measure[1] + p);
                    if (v != null) {
                        byPlatform.put(p, v);
                        any = true;
                    }
                }
                measures.put(measure[0], byPlatform);
            }
            if (any) {
                social.add(new ReportSnapshot.Writer.SocialMonth(x, measures));
            }
        });
        w.socialTrend(social);
    }

    /** The months that hold a value of {@code key}, with it. */
    private static List<ReportModel.Point> points(Map<YearMonth, Map<String, Long>> months, String key) {
        List<ReportModel.Point> out = new ArrayList<>();
        months.forEach((x, values) -> {
            if (values.containsKey(key)) {
                out.add(new ReportModel.Point(x, values.get(key)));
            }
        });
        return out;
    }

    /**
     * A month's entered values with the sums written in: {@code chatbot.users} is the sum of the menus but Chat
     * Agent and {@code emailLapor.total} the sum of the types, when the month has any (else what an older report
     * entered as the total, if anything); {@code socialMedia.averagePosts} the platforms' posts averaged (half up).
     * A total a source measures itself is left as measured.
     */
    static Map<String, Long> totals(Map<String, Long> raw, Set<String> measured) {
        Map<String, Long> out = new LinkedHashMap<>(raw);
        sum(out, EnteredFigures.CHATBOT, EnteredFigures.CHATBOT_MENU, EnteredFigures::countsAsChatbotUser, measured);
        sum(out, EnteredFigures.EMAIL_LAPOR, EnteredFigures.EMAIL_TYPE, code -> true, measured);
        sum(out, EnteredFigures.ADVOCACY_ACTIVATIONS, EnteredFigures.ADVOCACY_ACTIVATION, code -> true, measured);
        List<Long> posts = EnteredFigures.PLATFORMS.stream().map(p -> raw.get(EnteredFigures.POSTS + p))
                .filter(java.util.Objects::nonNull).toList();
        if (!posts.isEmpty()) {
            out.put(EnteredFigures.AVERAGE_POSTS, java.math.BigDecimal.valueOf(posts.stream().mapToLong(Long::longValue).sum())
                    .divide(java.math.BigDecimal.valueOf(posts.size()), 0, java.math.RoundingMode.HALF_UP).longValue());
        }
        return out;
    }

    private static void sum(Map<String, Long> values, String total, String prefix,
            java.util.function.Predicate<String> counts, Set<String> measured) {
        if (measured.contains(total)) {
            return;
        }
        List<String> parts = values.keySet().stream().filter(k -> k.startsWith(prefix)).toList();
        if (!parts.isEmpty()) {
            values.put(total, parts.stream().filter(k -> counts.test(k.substring(prefix.length())))
                    .mapToLong(values::get).sum());
        }
    }

    /** The snapshot's order: social media, the average, chatbot menus and users, Email Lapor types and total, blasts. */
    private static List<String> order(Set<String> keys) {
        List<String> order = new ArrayList<>();
        for (String measure : EnteredFigures.MEASURES) {
            EnteredFigures.PLATFORMS.forEach(p -> order.add(measure + p));
        }
        order.add(EnteredFigures.STORIES + EnteredFigures.INSTAGRAM);
        order.add(EnteredFigures.AVERAGE_POSTS);
        EnteredFigures.CHATBOT_MENUS.keySet().forEach(c -> order.add(EnteredFigures.CHATBOT_MENU + c));
        order.add(EnteredFigures.CHATBOT);
        EnteredFigures.EMAIL_TYPES.keySet().forEach(c -> order.add(EnteredFigures.EMAIL_TYPE + c));
        order.add(EnteredFigures.EMAIL_LAPOR);
        order.add(EnteredFigures.BLASTS);
        order.add(EnteredFigures.ADVOCACY_EMPLOYEES);
        order.add(EnteredFigures.ADVOCACY_TARGET);
        order.add(EnteredFigures.ADVOCACY_ALL_EMPLOYEES);
        EnteredFigures.ADVOCACY_KINDS.keySet().forEach(c -> order.add(EnteredFigures.ADVOCACY_ACTIVATION + c));
        order.add(EnteredFigures.ADVOCACY_ACTIVATIONS);
        List<String> out = new ArrayList<>(order.stream().filter(keys::contains).toList());
        keys.stream().filter(k -> !order.contains(k)).sorted().forEach(out::add);
        return out;
    }

    /**
     * Marks a figure as measured ({@code "fromData": true}) or entered (with who and when: for a sum, the latest of
     * its entered parts; for the blasts, the latest change of the list).
     */
    private static ReportSnapshot.Writer.Mark mark(String key, EnteredData d) {
        Set<String> measured = d.measuredKeys();
        List<String> parts = switch (key) {
            case EnteredFigures.CHATBOT -> partsOf(d, EnteredFigures.CHATBOT_MENU, key);
            case EnteredFigures.EMAIL_LAPOR -> partsOf(d, EnteredFigures.EMAIL_TYPE, key);
            case EnteredFigures.ADVOCACY_ACTIVATIONS -> partsOf(d, EnteredFigures.ADVOCACY_ACTIVATION, key);
            case EnteredFigures.AVERAGE_POSTS -> EnteredFigures.PLATFORMS.stream().map(p -> EnteredFigures.POSTS + p).toList();
            default -> List.of(key);
        };
        if (measured.contains(key) || parts.stream().allMatch(measured::contains)) {
            return ReportSnapshot.Writer.Mark.DATA;
        }
        Entered latest = parts.stream().filter(k -> !measured.contains(k)).map(k -> d.entries().get(k))
                .filter(java.util.Objects::nonNull).max(java.util.Comparator.comparing(Entered::at)).orElse(null);
        if (latest == null && EnteredFigures.BLASTS.equals(key)) {
            latest = d.blasts().stream().map(b -> new Entered(0, b.by(), b.at()))
                    .max(java.util.Comparator.comparing(Entered::at)).orElse(null);
        }
        if (latest == null) {
            return ReportSnapshot.Writer.Mark.NONE;
        }
        return new ReportSnapshot.Writer.Mark(false, latest.by(), latest.at(), parts.size() == 1 ? latest.source() : null);
    }

    /** The keys a sum is made of: its parts in this month, or the total itself as an older report entered it. */
    private static List<String> partsOf(EnteredData d, String prefix, String total) {
        List<String> parts = new ArrayList<>(d.entries().keySet().stream().filter(k -> k.startsWith(prefix)).toList());
        d.measuredKeys().stream().filter(k -> k.startsWith(prefix)).forEach(parts::add);
        return parts.isEmpty() ? List.of(total) : parts;
    }

    private static List<Item> inMonth(List<Item> items, YearMonth m) {
        return items.stream().filter(i -> YearMonth.from(i.date()).equals(m)).toList();
    }

    private static long yearToDate(List<Item> items, YearMonth m) {
        return items.stream().filter(i -> i.date().getYear() == m.getYear() && !YearMonth.from(i.date()).isAfter(m))
                .count();
    }

    private static long zero(Long n) {
        return n == null ? 0 : n;
    }

}
