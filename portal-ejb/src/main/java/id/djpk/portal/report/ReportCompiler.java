package id.djpk.portal.report;

import id.djpk.portal.helpdesk.HelpdeskFigures;
import id.djpk.portal.ppid.Decision;
import id.djpk.portal.ppid.ObjectionOutcome;
import id.djpk.portal.ppid.PpidFigures;
import id.djpk.portal.reference.TimeZoneCode;
import id.djpk.portal.sitestats.MonthlyTraffic;
import id.djpk.portal.visit.MonthlyLists;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
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
import java.util.function.Function;

/**
 * Turns the month's source figures into the report's snapshot: a JSON object with flat keys (the keys of the
 * report API's contract). Figures are objects {@code {"value", "previous", "lastYear", "changeFromPrevious",
 * "changeFromLastYear"}}; the rest are plain values and lists. No database here, so every rule is testable.
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
            Map<YearMonth, Map<String, Long>> channelsPerMonth, Map<String, Map<String, Long>> channelTopics) {

        /** The sources without the channels' months and topics (their sections are then empty). */
        public Sources(YearMonth month, HelpdeskFigures tickets, HelpdeskFigures ticketsPrevious,
                HelpdeskFigures ticketsLastYear, Map<YearMonth, Long> ticketTotals, PpidFigures ppid,
                PpidFigures ppidPrevious, PpidFigures ppidLastYear, MonthlyLists visits, MonthlyLists visitsPrevious,
                MonthlyLists visitsLastYear, long visitsYearToDate, long conferencesYearToDate, List<Item> publications,
                List<Item> events, MonthlyTraffic traffic, MonthlyTraffic trafficPrevious, MonthlyTraffic trafficLastYear,
                Map<String, TopicName> topics, Map<String, String> regions, Map<String, String> staffNames,
                Map<YearMonth, Long> ppidPerMonth, Map<YearMonth, MonthlyTraffic.Totals> trafficPerMonth) {
            this(month, tickets, ticketsPrevious, ticketsLastYear, ticketTotals, ppid, ppidPrevious, ppidLastYear, visits,
                    visitsPrevious, visitsLastYear, visitsYearToDate, conferencesYearToDate, publications, events, traffic,
                    trafficPrevious, trafficLastYear, topics, regions, staffNames, ppidPerMonth, trafficPerMonth, Map.of(),
                    Map.of());
        }

        /** The sources without the website's last six months (its chart is then empty). */
        public Sources(YearMonth month, HelpdeskFigures tickets, HelpdeskFigures ticketsPrevious,
                HelpdeskFigures ticketsLastYear, Map<YearMonth, Long> ticketTotals, PpidFigures ppid,
                PpidFigures ppidPrevious, PpidFigures ppidLastYear, MonthlyLists visits, MonthlyLists visitsPrevious,
                MonthlyLists visitsLastYear, long visitsYearToDate, long conferencesYearToDate, List<Item> publications,
                List<Item> events, MonthlyTraffic traffic, MonthlyTraffic trafficPrevious, MonthlyTraffic trafficLastYear,
                Map<String, TopicName> topics, Map<String, String> regions, Map<String, String> staffNames,
                Map<YearMonth, Long> ppidPerMonth) {
            this(month, tickets, ticketsPrevious, ticketsLastYear, ticketTotals, ppid, ppidPrevious, ppidLastYear, visits,
                    visitsPrevious, visitsLastYear, visitsYearToDate, conferencesYearToDate, publications, events, traffic,
                    trafficPrevious, trafficLastYear, topics, regions, staffNames, ppidPerMonth, Map.of());
        }

        /** The sources without the PPID's months of the year (its chart is then empty). */
        public Sources(YearMonth month, HelpdeskFigures tickets, HelpdeskFigures ticketsPrevious,
                HelpdeskFigures ticketsLastYear, Map<YearMonth, Long> ticketTotals, PpidFigures ppid,
                PpidFigures ppidPrevious, PpidFigures ppidLastYear, MonthlyLists visits, MonthlyLists visitsPrevious,
                MonthlyLists visitsLastYear, long visitsYearToDate, long conferencesYearToDate, List<Item> publications,
                List<Item> events, MonthlyTraffic traffic, MonthlyTraffic trafficPrevious, MonthlyTraffic trafficLastYear,
                Map<String, TopicName> topics, Map<String, String> regions, Map<String, String> staffNames) {
            this(month, tickets, ticketsPrevious, ticketsLastYear, ticketTotals, ppid, ppidPrevious, ppidLastYear, visits,
                    visitsPrevious, visitsLastYear, visitsYearToDate, conferencesYearToDate, publications, events, traffic,
                    trafficPrevious, trafficLastYear, topics, regions, staffNames, Map.of(), Map.of());
        }

        /**
         * The name the report shows for a staff account: its display name, never the login username (the report is
         * public). An account the directory does not know (history imported from the previous CRM) is "Petugas".
         */
        public String shownName(String username) {
            String name = staffNames.get(username);
            return name == null || name.isBlank() ? "Petugas" : name;
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

    /** The export file an entered figure was read from (staff output only: the public JSON leaves it out). */
    public static final String IMPORTED_FROM = "importedFrom";

    public static JsonObject compile(Sources s, EnteredData entered, Instant compiledAt) {
        YearMonth m = s.month();
        YearMonth prev = m.minusMonths(1);
        YearMonth lastYear = m.minusMonths(12);
        JsonObjectBuilder o = Json.createObjectBuilder().add("month", m.toString())
                .add("compiledAt", compiledAt.toString());

        // tickets
        o.add("tickets.total", figure(s.tickets().total(), s.ticketsPrevious().total(), s.ticketsLastYear().total()));
        // the report's channel lines: HAI with the web form (ReportChannels), said in the notes
        Map<String, Long> channels = ReportChannels.asReported(s.tickets().byChannel());
        Map<String, Long> channelsPrevious = ReportChannels.asReported(s.ticketsPrevious().byChannel());
        Map<String, Long> channelsLastYear = ReportChannels.asReported(s.ticketsLastYear().byChannel());
        for (String code : channels.keySet()) {
            o.add("tickets.byChannel." + code, figure(channels.get(code).longValue(), zero(channelsPrevious.get(code)),
                    zero(channelsLastYear.get(code))));
        }
        JsonArrayBuilder notes = Json.createArrayBuilder();
        ReportChannels.notes().forEach(notes::add);
        o.add(ReportChannels.NOTES, notes);
        for (String code : s.tickets().byCategory().keySet()) {
            o.add("tickets.byCategory." + code, figure(s, f -> f.byCategory().get(code)));
        }
        TreeSet<String> topicCodes = new TreeSet<>(s.tickets().byTopic().keySet());
        topicCodes.addAll(s.ticketsPrevious().byTopic().keySet());
        topicCodes.addAll(s.ticketsLastYear().byTopic().keySet());
        JsonObjectBuilder topicNames = Json.createObjectBuilder();
        for (String code : topicCodes) {
            o.add("tickets.byTopic." + code, figure(s, f -> f.byTopic().get(code)));
            TopicName n = s.topics().getOrDefault(code, new TopicName(code, "OTHER"));
            topicNames.add(code, Json.createObjectBuilder().add("name", n.name()).add("group", n.group()));
        }
        o.add("tickets.topics", topicNames);
        channelSections(o, s, channels.keySet());
        JsonObjectBuilder hours = Json.createObjectBuilder();
        for (TimeZoneCode z : TimeZoneCode.values()) {
            HelpdeskFigures.InOut io = s.tickets().serviceHours().get(z);
            hours.add(z.name(), Json.createObjectBuilder().add("inside", io.inside()).add("outside", io.outside()));
        }
        hours.add("unidentified", s.tickets().unidentified());
        o.add("tickets.serviceHours", hours);
        HelpdeskFigures.Escalation esc = s.tickets().escalated();
        o.add("tickets.escalated", Json.createObjectBuilder().add("count", esc.count())
                .add("outsideHours", esc.outsideHours()).add("outsideHoursEscalated", esc.outsideHoursEscalated()));
        long ytd = s.ticketTotals().entrySet().stream()
                .filter(e -> e.getKey().getYear() == m.getYear() && !e.getKey().isAfter(m))
                .mapToLong(Map.Entry::getValue).sum();
        o.add("tickets.ytd", ytd);
        JsonArrayBuilder trend = Json.createArrayBuilder();
        for (YearMonth t : List.of(lastYear, m.minusMonths(4), m.minusMonths(3), m.minusMonths(2), prev, m)) {
            trend.add(Json.createObjectBuilder().add("month", t.toString())
                    .add("total", s.ticketTotals().getOrDefault(t, 0L)));
        }
        o.add("tickets.trend", trend);
        JsonObjectBuilder units = Json.createObjectBuilder();
        s.tickets().l2Units().forEach((unit, score) -> units.add(unit,
                number(Json.createObjectBuilder().add("count", score.count()), "averageScore", score.averageScore())));
        o.add("tickets.l2Units", units);
        JsonArrayBuilder pemda = Json.createArrayBuilder();
        for (HelpdeskFigures.Pemda p : s.tickets().topPemda()) {
            JsonArrayBuilder topics = Json.createArrayBuilder();
            p.topics().keySet().forEach(code -> topics.add(s.topics().getOrDefault(code, new TopicName(code, "")).name()));
            pemda.add(Json.createObjectBuilder().add("regionCode", p.regionCode())
                    .add("region", s.regions().getOrDefault(p.regionCode(), p.regionCode()))
                    .add("count", p.count()).add("topics", topics));
        }
        o.add("tickets.topPemda", pemda);
        JsonObjectBuilder satisfaction = Json.createObjectBuilder();
        Map<String, Integer> shown = new HashMap<>();
        s.tickets().satisfaction().forEach((agent, r) -> {
            JsonObjectBuilder a = Json.createObjectBuilder();
            number(a, "service", r.service());
            number(a, "answer", r.answer());
            // agents by display name; two of the same name are told apart by a number, not by their usernames
            String name = s.shownName(agent);
            int seen = shown.merge(name, 1, Integer::sum);
            satisfaction.add(seen == 1 ? name : name + " (" + seen + ")", a.add("ratings", r.ratings()).add("distinctRequesters", r.distinctRequesters())
                    .add("meetsTarget", r.meetsTarget()).add("enoughRatings", r.enoughRatings()));
        });
        o.add("tickets.satisfaction", satisfaction);
        // "rata-rata nilai kepuasan": every rating of both questions, against the office's target
        JsonObjectBuilder average = Json.createObjectBuilder();
        number(average, "value", s.tickets().satisfactionAverage());
        o.add("tickets.satisfactionAverage", average.add("target", id.djpk.portal.helpdesk.Survey.TARGET)
                .add("meetsTarget", id.djpk.portal.helpdesk.Survey.meetsTarget(s.tickets().satisfactionAverage())));
        JsonObjectBuilder review = Json.createObjectBuilder();
        s.tickets().kbNeedingReview().forEach(review::add);
        o.add("tickets.kbNeedingReview", review);

        // website
        List<Item> pubs = inMonth(s.publications(), m);
        List<Item> events = inMonth(s.events(), m);
        o.add("publications.total", figure(pubs.size(), inMonth(s.publications(), prev).size(),
                inMonth(s.publications(), lastYear).size()));
        o.add("publications.ytd", yearToDate(s.publications(), m));
        o.add("publications.list", items(pubs));
        o.add("events.total", figure(events.size(), inMonth(s.events(), prev).size(),
                inMonth(s.events(), lastYear).size()));
        o.add("events.ytd", yearToDate(s.events(), m));
        o.add("events.list", items(events));
        o.add("website.visitors", figure(s.traffic().visitors(), s.trafficPrevious().visitors(),
                s.trafficLastYear().visitors()));
        o.add("website.pageViews", figure(s.traffic().pageViews(), s.trafficPrevious().pageViews(),
                s.trafficLastYear().pageViews()));
        o.add("website.topPages", s.traffic().topPagesJson());
        // the last six months up to M (the seeds' chart of visitors), empty when the sources have none
        JsonArrayBuilder websiteTrend = Json.createArrayBuilder();
        s.trafficPerMonth().forEach((month, t) -> websiteTrend.add(Json.createObjectBuilder().add("month", month.toString())
                .add("visitors", t.visitors()).add("pageViews", t.pageViews())));
        o.add("website.trend", websiteTrend);

        // visits and video conferences
        o.add("visits.total", figure(s.visits().visits().size(), s.visitsPrevious().visits().size(),
                s.visitsLastYear().visits().size()));
        o.add("visits.ytd", s.visitsYearToDate());
        o.add("visits.breaches", s.visits().breaches());
        JsonArrayBuilder visits = Json.createArrayBuilder();
        for (MonthlyLists.VisitRow v : s.visits().visits()) {
            visits.add(Json.createObjectBuilder().add("date", v.date().toString()).add("region", v.region())
                    .add("institution", nz(v.institution())).add("guestsArrived", v.guestsArrived())
                    .add("guestsAdmitted", v.guestsAdmitted()).add("breach", v.breach()).add("topics", nz(v.topics())));
        }
        o.add("visits.list", visits);
        o.add("videoConferences.total", figure(s.visits().videoConferences().size(),
                s.visitsPrevious().videoConferences().size(), s.visitsLastYear().videoConferences().size()));
        o.add("videoConferences.ytd", s.conferencesYearToDate());
        JsonArrayBuilder conferences = Json.createArrayBuilder();
        for (MonthlyLists.ConferenceRow c : s.visits().videoConferences()) {
            conferences.add(Json.createObjectBuilder().add("date", c.date().toString()).add("region", c.region())
                    .add("institution", nz(c.institution())).add("topics", nz(c.topics())));
        }
        o.add("videoConferences.list", conferences);

        // PPID
        o.add("ppid.received", figure(s.ppid().received(), s.ppidPrevious().received(), s.ppidLastYear().received()));
        o.add("ppid.ytd", s.ppid().receivedYearToDate());
        JsonObjectBuilder decided = Json.createObjectBuilder();
        for (Decision d : Decision.values()) {
            decided.add(d.name(), s.ppid().decided().get(d));
        }
        o.add("ppid.decided", decided);
        JsonObjectBuilder asked = Json.createObjectBuilder();
        s.ppid().topics().forEach((code, n) -> asked.add(code, Json.createObjectBuilder()
                .add("name", PpidFigures.UNCLASSIFIED.equals(code) ? code
                        : s.topics().getOrDefault(code, new TopicName(code, "")).name()).add("count", n)));
        o.add("ppid.topics", asked);
        ppid(o, s);

        // figures the editor entered (or a source measured)
        o.addAll(entered(m, entered));
        return o.build();
    }

    /**
     * The PPID's figures beside received, decided and asked: the average working days from receipt to decision of
     * the month's decisions ({@code ppid.averageWorkingDays}, one decimal, null when none was decided; working days
     * of the portal's calendar), the objections filed with M−1 and M−12 ({@code ppid.objections}) and the superior's
     * answers given in the month per outcome ({@code ppid.objectionOutcomes}), and the requests received in each
     * month of the year up to M ({@code ppid.trend}, the seeds' chart "Jumlah Permohonan Data melalui PPID").
     */
    private static void ppid(JsonObjectBuilder o, Sources s) {
        number(o, "ppid.averageWorkingDays", oneDecimal(s.ppid().averageWorkingDays()));
        o.add("ppid.objections", figure(s.ppid().objectionsFiled(), s.ppidPrevious().objectionsFiled(),
                s.ppidLastYear().objectionsFiled()));
        JsonObjectBuilder outcomes = Json.createObjectBuilder();
        for (ObjectionOutcome x : ObjectionOutcome.values()) {
            outcomes.add(x.name(), s.ppid().objectionOutcomes().getOrDefault(x, 0L));
        }
        o.add("ppid.objectionOutcomes", outcomes);
        JsonArrayBuilder trend = Json.createArrayBuilder();
        for (YearMonth t = YearMonth.of(s.month().getYear(), 1); !t.isAfter(s.month()); t = t.plusMonths(1)) {
            trend.add(Json.createObjectBuilder().add("month", t.toString()).add("received", s.ppidPerMonth().getOrDefault(t, 0L)));
        }
        o.add("ppid.trend", trend);
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
    private static void channelSections(JsonObjectBuilder o, Sources s, java.util.Collection<String> codes) {
        JsonArrayBuilder trend = Json.createArrayBuilder();
        if (!s.channelsPerMonth().isEmpty()) {
            for (YearMonth t = s.month().minusMonths(CHANNEL_MONTHS - 1); !t.isAfter(s.month()); t = t.plusMonths(1)) {
                Map<String, Long> reported = ReportChannels.asReported(s.channelsPerMonth().getOrDefault(t, Map.of()));
                JsonObjectBuilder point = Json.createObjectBuilder().add("month", t.toString());
                codes.forEach(code -> point.add(code, reported.getOrDefault(code, 0L)));
                trend.add(point);
            }
        }
        o.add("tickets.channelTrend", trend);
        JsonObjectBuilder topics = Json.createObjectBuilder();
        if (!s.channelTopics().isEmpty()) {
            for (String code : codes) {
                Map<String, Long> counts = new HashMap<>();
                s.channelTopics().forEach((channel, byTopic) -> {
                    if (code.equals(channel) || (ReportChannels.HAI.equals(code) && ReportChannels.WEB_FORM.equals(channel))) {
                        byTopic.forEach((topic, n) -> counts.merge(topic, n, Long::sum));
                    }
                });
                JsonArrayBuilder top = Json.createArrayBuilder();
                counts.entrySet().stream()
                        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(e -> topicName(s, e.getKey())))
                        .limit(CHANNEL_TOPICS).forEach(e -> top.add(Json.createObjectBuilder().add("code", e.getKey())
                                .add("name", topicName(s, e.getKey())).add("count", e.getValue())));
                topics.add(code, top);
            }
        }
        o.add("tickets.channelTopics", topics);
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
        JsonObjectBuilder o = Json.createObjectBuilder(snapshot);
        snapshot.keySet().stream().filter(EnteredFigures::isOwnKey).forEach(o::remove);
        o.addAll(entered(YearMonth.parse(snapshot.getString("month")), entered));
        return o.build();
    }

    /**
     * The entered part of month M's snapshot: every entered or measured figure with M−1 and M−12, the sums
     * ({@code chatbot.users} without Chat Agent, {@code emailLapor.total} with each type's {@code share}),
     * {@code blasts.total} (the list's count) and {@code blasts.list}, the average of the platforms' posts (the
     * summary tile) and the years to date {@code blasts.ytd}, {@code emailLapor.ytd}, {@code chatbot.ytd} (this
     * month's value and the latest revision of each earlier month of the year). A key a source measures is taken
     * from the source ({@code "fromData": true}) whatever was entered.
     */
    public static JsonObjectBuilder entered(YearMonth m, EnteredData d) {
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

        JsonObjectBuilder o = Json.createObjectBuilder();
        long emailTotal = current.getOrDefault(EnteredFigures.EMAIL_LAPOR, 0L);
        for (String key : order(current.keySet())) {
            JsonObjectBuilder f = figure(current.get(key).longValue(), previous.get(key), lastYear.get(key));
            mark(f, key, d);
            if (key.startsWith(EnteredFigures.EMAIL_TYPE)) {
                number(f, "share", Change.share(current.get(key), emailTotal));
            }
            o.add(key, f);
        }
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (Blast b : d.blasts()) {
            JsonObjectBuilder item = Json.createObjectBuilder().add("date", b.date().toString()).add("subject", b.subject())
                    .add("channel", b.channel());
            // a blast sent from the portal is data, not an entry: no one listed it
            list.add(b.by() == null ? item.add("fromData", true) : item.add("enteredBy", b.by()).add("enteredAt", b.at().toString()));
        }
        o.add(EnteredFigures.BLASTS_LIST, list);
        for (String[] ytd : new String[][] {{EnteredFigures.BLASTS, EnteredFigures.BLASTS_YTD},
                {EnteredFigures.EMAIL_LAPOR, EnteredFigures.EMAIL_YTD}, {EnteredFigures.CHATBOT, EnteredFigures.CHATBOT_YTD}}) {
            long sum = current.getOrDefault(ytd[0], 0L);
            for (Map.Entry<YearMonth, Map<String, Long>> other : d.otherMonths().entrySet()) {
                if (other.getKey().getYear() == m.getYear() && other.getKey().isBefore(m)) {
                    sum += totals(other.getValue(), measured).getOrDefault(ytd[0], 0L);
                }
            }
            o.add(ytd[1], sum);
        }
        return o;
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
        List<String> out = new ArrayList<>(order.stream().filter(keys::contains).toList());
        keys.stream().filter(k -> !order.contains(k)).sorted().forEach(out::add);
        return out;
    }

    /**
     * Marks a figure as measured ({@code "fromData": true}) or entered (with who and when: for a sum, the latest of
     * its entered parts; for the blasts, the latest change of the list).
     */
    private static void mark(JsonObjectBuilder f, String key, EnteredData d) {
        Set<String> measured = d.measuredKeys();
        List<String> parts = switch (key) {
            case EnteredFigures.CHATBOT -> partsOf(d, EnteredFigures.CHATBOT_MENU, key);
            case EnteredFigures.EMAIL_LAPOR -> partsOf(d, EnteredFigures.EMAIL_TYPE, key);
            case EnteredFigures.AVERAGE_POSTS -> EnteredFigures.PLATFORMS.stream().map(p -> EnteredFigures.POSTS + p).toList();
            default -> List.of(key);
        };
        if (measured.contains(key) || parts.stream().allMatch(measured::contains)) {
            f.add("fromData", true);
            return;
        }
        Entered latest = parts.stream().filter(k -> !measured.contains(k)).map(k -> d.entries().get(k))
                .filter(java.util.Objects::nonNull).max(java.util.Comparator.comparing(Entered::at)).orElse(null);
        if (latest == null && EnteredFigures.BLASTS.equals(key)) {
            latest = d.blasts().stream().map(b -> new Entered(0, b.by(), b.at()))
                    .max(java.util.Comparator.comparing(Entered::at)).orElse(null);
        }
        if (latest != null) {
            f.add("entered", true).add("enteredBy", latest.by()).add("enteredAt", latest.at().toString());
            if (latest.source() != null && parts.size() == 1) {
                f.add(IMPORTED_FROM, latest.source());
            }
        }
    }

    /** The keys a sum is made of: its parts in this month, or the total itself as an older report entered it. */
    private static List<String> partsOf(EnteredData d, String prefix, String total) {
        List<String> parts = new ArrayList<>(d.entries().keySet().stream().filter(k -> k.startsWith(prefix)).toList());
        d.measuredKeys().stream().filter(k -> k.startsWith(prefix)).forEach(parts::add);
        return parts.isEmpty() ? List.of(total) : parts;
    }

    static JsonObjectBuilder figure(long value, long previous, long lastYear) {
        return figure(value, Long.valueOf(previous), Long.valueOf(lastYear));
    }

    static JsonObjectBuilder figure(long value, Long previous, Long lastYear) {
        Figure f = Figure.of(value, previous, lastYear);
        JsonObjectBuilder o = Json.createObjectBuilder().add("value", value);
        number(o, "previous", previous);
        number(o, "lastYear", lastYear);
        number(o, "changeFromPrevious", f.changeFromPrevious());
        return number(o, "changeFromLastYear", f.changeFromLastYear());
    }

    private static JsonObjectBuilder figure(Sources s, Function<HelpdeskFigures, Long> f) {
        return figure(zero(f.apply(s.tickets())), zero(f.apply(s.ticketsPrevious())), zero(f.apply(s.ticketsLastYear())));
    }

    private static List<Item> inMonth(List<Item> items, YearMonth m) {
        return items.stream().filter(i -> YearMonth.from(i.date()).equals(m)).toList();
    }

    private static long yearToDate(List<Item> items, YearMonth m) {
        return items.stream().filter(i -> i.date().getYear() == m.getYear() && !YearMonth.from(i.date()).isAfter(m))
                .count();
    }

    private static JsonArrayBuilder items(List<Item> items) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        for (Item i : items) {
            a.add(Json.createObjectBuilder().add("date", i.date().toString()).add("type", i.type())
                    .add("typeLabel", i.typeLabel()).add("title", i.title()).add("slug", nz(i.slug())));
        }
        return a;
    }

    private static long zero(Long n) {
        return n == null ? 0 : n;
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
