package id.djpk.portal.report;

import id.djpk.portal.helpdesk.HelpdeskFiguresQuery;
import id.djpk.portal.identity.StaffDirectory;
import id.djpk.portal.ppid.PpidFiguresQuery;
import id.djpk.portal.publication.Publication;
import id.djpk.portal.publication.PublicationService;
import id.djpk.portal.publication.PublicationType;
import id.djpk.portal.reference.ReferenceData;
import id.djpk.portal.reference.Topic;
import id.djpk.portal.sitestats.SiteStatistics;
import id.djpk.portal.system.OfficeClock;
import id.djpk.portal.visit.MonthlyLists;
import id.djpk.portal.visit.VisitMode;
import id.djpk.portal.visit.VisitReport;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compiles a month's report: reads the figures of the other capabilities (tickets, PPID, visits, publications,
 * traffic) and of the {@link ReportFigureSource}s, joins the editors' entered figures and hands them to
 * {@link ReportCompiler}, which writes the snapshot. Reads only; {@link ReportService} stores the result.
 */
@Stateless
public class ReportCompilation {

    static final int TOP_PAGES = 10;
    /** The website's chart: visitors of the last six months up to the report's. */
    static final int WEBSITE_MONTHS = 6;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;
    @Inject
    private HelpdeskFiguresQuery helpdesk;
    @Inject
    private PpidFiguresQuery ppid;
    @Inject
    private VisitReport visits;
    @Inject
    private PublicationService publications;
    @Inject
    private SiteStatistics traffic;
    @Inject
    private ReferenceData reference;
    @Inject
    private StaffDirectory staff;
    @Inject
    private OfficeClock clock;
    @Inject
    @Any
    private Instance<ReportFigureSource> figureSources;

    /** The month's snapshot from the data with the entered figures of {@code report} (none for a new draft), as JSON text. */
    public String compile(YearMonth month, MonthlyReport report, Instant now) {
        return ReportCompiler.compile(sources(month), entered(month, report), now).toString();
    }

    /** The report's snapshot with its entered figures applied again (after an entry or a blast changed). */
    public String withEntries(MonthlyReport report) {
        return ReportCompiler.withEntered(report.snapshot().json(), entered(report.getMonth(), report)).toString();
    }

    /** The keys of the figures a {@link ReportFigureSource} measures in the month: not the editor's to enter. */
    public Set<String> measuredKeys(YearMonth month) {
        return measuredKeys(figureSources(month));
    }

    /** What the report is made of, read from the capabilities. */
    public ReportCompiler.Sources sources(YearMonth m) {
        YearMonth prev = m.minusMonths(1);
        YearMonth lastYear = m.minusMonths(12);
        List<ReportCompiler.Item> pubs = new ArrayList<>();
        List<ReportCompiler.Item> events = new ArrayList<>();
        ZoneId zone = clock.zone();
        // a published report's own listing is dated the day it was published, in a later month: it is not one of
        // that month's publications (a report a publisher uploads as LAPORAN is)
        Set<Long> reportListings = new HashSet<>(em.createNamedQuery("MonthlyReport.listings", Long.class).getResultList());
        for (Publication p : publications.visibleDatedBetween(lastYear.atDay(1), m.atEndOfMonth())) {
            if (reportListings.contains(p.getId())) {
                continue;
            }
            if (p.getType() == PublicationType.KEGIATAN) {
                LocalDate day = p.getEventStart() == null ? p.getDocDate() : LocalDate.ofInstant(p.getEventStart(), zone);
                events.add(new ReportCompiler.Item(day, p.getType().name(),
                        p.getEventKind() == null ? p.getType().labelId() : p.getEventKind().label("id"), p.getTitle(), p.getSlug()));
            } else {
                pubs.add(new ReportCompiler.Item(p.getDocDate(), p.getType().name(), p.getType().labelId(), p.getTitle(),
                        p.getSlug()));
            }
        }
        MonthlyLists current = visits.monthly(m);
        MonthlyLists previous = visits.monthly(prev);
        Map<VisitMode, Long> yearToDate = visits.heldBetween(LocalDate.of(m.getYear(), 1, 1), m.atEndOfMonth());
        long visitsYtd = yearToDate.getOrDefault(VisitMode.TATAP_MUKA, 0L);
        long conferencesYtd = yearToDate.getOrDefault(VisitMode.VIDEO_CONFERENCE, 0L);
        Map<String, ReportCompiler.TopicName> topics = new HashMap<>();
        for (Topic t : reference.topics()) {
            topics.put(t.getCode(), new ReportCompiler.TopicName(t.getName(), t.getGroup().name()));
        }
        // the office's "Tiket Konsultasi": the five consultation channels (ReportChannels), not hand-logged video
        // conferences, face-to-face consultations or chatbot tickets, which the report gives beside them
        var ticketFigures = helpdesk.figures(List.of(m, prev, lastYear), ReportChannels.CONSULTATION);
        var figures = ticketFigures.get(m);
        Map<String, String> regions = new HashMap<>();
        figures.topPemda().forEach(p -> regions.put(p.regionCode(), reference.shortName(p.regionCode())));
        // one query for the trend, the year to date and the channels' trends: M−12 to M, per channel
        Map<YearMonth, Map<String, Long>> perChannel = helpdesk.channelTotalsPerMonth(lastYear, m);
        Map<YearMonth, Long> consultations = new java.util.TreeMap<>();
        perChannel.forEach((month, byChannel) -> byChannel.forEach((channel, n) -> {
            if (ReportChannels.isConsultation(channel)) {
                consultations.merge(month, n, Long::sum);
            }
        }));
        return ReportCompiler.sources(m)
                .tickets(figures, ticketFigures.get(prev), ticketFigures.get(lastYear), consultations)
                .ppid(ppid.figures(m), ppid.figures(prev), ppid.figures(lastYear), ppid.receivedPerMonth(YearMonth.of(m.getYear(), 1), m))
                .visits(current, previous, visits.monthly(lastYear), visitsYtd, conferencesYtd)
                .website(pubs, events)
                .traffic(traffic.month(m, TOP_PAGES), traffic.month(prev, TOP_PAGES), traffic.month(lastYear, TOP_PAGES))
                .trafficPerMonth(traffic.totals(m.minusMonths(WEBSITE_MONTHS - 1), m))
                .names(topics, regions, staff.displayNames())
                .channels(perChannel, helpdesk.topicsPerChannel(m))
                .details(details(m))
                .build();
    }

    /** The complaints per topic and region, the escalated tickets' topics and the services' last nine months. */
    private ReportCompiler.Details details(YearMonth m) {
        Map<String, Map<String, Long>> complaints = new LinkedHashMap<>();
        helpdesk.regionsPerTopic(m, new HashSet<>(ReportCompiler.COMPLAINT_TOPICS), ReportChannels.CONSULTATION)
                .forEach((topic, byRegion) -> byRegion.forEach((code, n) -> complaints.computeIfAbsent(topic, x -> new HashMap<>())
                        .merge(code.isEmpty() ? "" : reference.shortName(code), n,
                                Long::sum)));
        var escalated = helpdesk.escalatedTopics(m, ReportChannels.CONSULTATION);
        Map<String, Long> all = new HashMap<>();
        escalated.values().forEach(byTopic -> byTopic.forEach((topic, n) -> all.merge(topic, n, Long::sum)));
        Map<YearMonth, Map<String, Long>> services = new LinkedHashMap<>();
        visits.heldPerMonth(m.minusMonths(ReportCompiler.CHANNEL_MONTHS - 1), m).forEach((month, byMode) -> byMode
                .forEach((mode, n) -> services.computeIfAbsent(month, x -> new HashMap<>()).put(mode.name(), n)));
        return new ReportCompiler.Details(complaints, all,
                escalated.getOrDefault(id.djpk.portal.helpdesk.HoursVerdict.OUTSIDE, Map.of()), services);
    }

    /**
     * The entered part of a revision (none yet for a new draft): its entries and blasts, what the sources measure,
     * and the values of M−1, M−12 and the earlier months of the year (their latest revisions, the sources' values
     * over them).
     */
    private ReportCompiler.EnteredData entered(YearMonth month, MonthlyReport report) {
        Map<String, ReportCompiler.Entered> entries = new LinkedHashMap<>();
        List<ReportCompiler.Blast> blasts = new ArrayList<>();
        List<Map.Entry<ReportFigureSource, YearMonth>> since = sourcesSince();
        List<ReportFigureSource> sources = measuring(since, month);
        Set<String> measuredKeys = measuredKeys(sources);
        if (measuredKeys.contains(EnteredFigures.BLASTS)) {
            // the blasts sent from the portal, not a list the editor typed
            sources.forEach(x -> x.blasts(month).forEach(b -> blasts.add(new ReportCompiler.Blast(b.date(), b.subject(),
                    b.channel().name(), null, null))));
        }
        if (report != null) {
            // the snapshot (and so the public report) names the editors by their display names, not their usernames
            Map<String, String> names = staff.displayNames();
            report.getEntries().forEach(e -> entries.put(e.getKey(),
                    new ReportCompiler.Entered(e.getValue(), shown(names, e.getEnteredBy()), e.getEnteredAt(),
                            e.getSource())));
            report.getBlasts().stream().filter(b -> !measuredKeys.contains(EnteredFigures.BLASTS)).forEach(b -> blasts.add(new ReportCompiler.Blast(b.getDate(), b.getSubject(),
                    b.getChannel().name(), shown(names, b.getEnteredBy()), b.getEnteredAt())));
        }
        TreeSet<YearMonth> months = new TreeSet<>(List.of(month.minusMonths(1), month.minusMonths(12)));
        for (int back = 2; back < ReportCompiler.CHANNEL_MONTHS; back++) { // the trends of the chatbot and Email Lapor
            months.add(month.minusMonths(back));
        }
        for (YearMonth x = YearMonth.of(month.getYear(), 1); x.isBefore(month); x = x.plusMonths(1)) {
            months.add(x);
        }
        // the latest revision of each of those months, in one query (newest revision first within a month)
        Map<String, MonthlyReport> latest = new HashMap<>();
        em.createNamedQuery("MonthlyReport.ofMonths", MonthlyReport.class)
                .setParameter("months", months.stream().map(YearMonth::toString).toList()).getResultList()
                .forEach(r -> latest.putIfAbsent(r.getMonth().toString(), r));
        Map<YearMonth, Map<String, Long>> others = new LinkedHashMap<>();
        for (YearMonth x : months) {
            Optional<MonthlyReport> r = Optional.ofNullable(latest.get(x.toString()));
            List<ReportFigureSource> then = measuring(since, x);
            if (r.isEmpty() && then.isEmpty()) {
                continue;
            }
            Map<String, Long> values = new HashMap<>();
            r.ifPresent(o -> {
                o.getEntries().forEach(e -> values.put(e.getKey(), e.getValue()));
                values.put(EnteredFigures.BLASTS, o.getBlasts().isEmpty()
                        ? values.getOrDefault(EnteredFigures.BLASTS, 0L) : o.getBlasts().size());
            });
            values.putAll(measured(x, then));
            others.put(x, values);
        }
        return new ReportCompiler.EnteredData(entries, blasts, measuredKeys, measured(month, sources), others);
    }

    private static String shown(Map<String, String> names, String username) {
        return username == null ? null : names.getOrDefault(username, "Petugas");
    }

    /** The sources that measure the month (each from the month its capability came into use). */
    private List<ReportFigureSource> figureSources(YearMonth month) {
        return measuring(sourcesSince(), month);
    }

    /** Each source with the first month it measures, asked once (the sources that have measured nothing yet left out). */
    private List<Map.Entry<ReportFigureSource, YearMonth>> sourcesSince() {
        List<Map.Entry<ReportFigureSource, YearMonth>> out = new ArrayList<>();
        figureSources.forEach(x -> x.since().ifPresent(first -> out.add(Map.entry(x, first))));
        return out;
    }

    private static List<ReportFigureSource> measuring(List<Map.Entry<ReportFigureSource, YearMonth>> since, YearMonth month) {
        return since.stream().filter(e -> !month.isBefore(e.getValue())).map(Map.Entry::getKey).toList();
    }

    private static Set<String> measuredKeys(List<ReportFigureSource> sources) {
        Set<String> keys = new TreeSet<>();
        sources.forEach(x -> keys.addAll(x.keys()));
        return keys;
    }

    /** The sources' values of a month for every key they measure (0 for a key a source leaves out). */
    private static Map<String, Long> measured(YearMonth month, List<ReportFigureSource> sources) {
        Map<String, Long> values = new HashMap<>();
        for (ReportFigureSource x : sources) {
            Map<String, Long> v = x.values(month);
            x.keys().forEach(k -> values.put(k, v.getOrDefault(k, 0L)));
        }
        return values;
    }
}
