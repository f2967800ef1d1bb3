package id.djpk.portal.report;

import id.djpk.portal.audit.AuditTrail;
import id.djpk.portal.calendar.CalendarService;
import id.djpk.portal.helpdesk.HelpdeskService;
import id.djpk.portal.identity.Role;
import id.djpk.portal.identity.StaffAccount;
import id.djpk.portal.identity.StaffDirectory;
import id.djpk.portal.mail.Mail;
import id.djpk.portal.mail.MailService;
import id.djpk.portal.ppid.PpidFiguresQuery;
import id.djpk.portal.publication.Publication;
import id.djpk.portal.publication.PublicationDraft;
import id.djpk.portal.publication.PublicationService;
import id.djpk.portal.publication.PublicationType;
import id.djpk.portal.reference.ReferenceData;
import id.djpk.portal.reference.Region;
import id.djpk.portal.reference.Topic;
import id.djpk.portal.sitestats.SiteStatistics;
import id.djpk.portal.system.BusinessException;
import id.djpk.portal.system.InvalidInputException;
import id.djpk.portal.system.PortalConfig;
import id.djpk.portal.system.Violation;
import id.djpk.portal.visit.MonthlyLists;
import id.djpk.portal.visit.VisitMode;
import id.djpk.portal.visit.VisitReport;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The monthly report: compiled from the other capabilities' figures, completed by the editors (entered figures
 * and narrative), reviewed and published with a frozen snapshot; corrections as new revisions. The web layer
 * restricts every call but {@link #published} to report editors and administrators. Every change is audited.
 */
@Stateless
public class ReportService {

    static final String ENTITY = "MonthlyReport";
    public static final String ABOUT = "REPORT";
    static final int TOP_PAGES = 10;
    /** The share of publishing taken by the PDF, in percent of the whole (the rest is database work). */
    static final int PDF_FROM = 5;
    static final int PDF_TO = 90;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;
    @Inject
    private AuditTrail audit;
    @Inject
    private HelpdeskService helpdesk;
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
    private CalendarService calendar;
    @Inject
    private StaffDirectory staff;
    @Inject
    private MailService mail;
    @Inject
    private PortalConfig config;
    @Inject
    @jakarta.enterprise.inject.Any
    private jakarta.enterprise.inject.Instance<ReportFigureSource> figureSources;

    // ---------------------------------------------------------------- reading

    /** The latest revision of the month's report, if there is one. */
    public Optional<MonthlyReport> find(YearMonth month) {
        return em.createNamedQuery("MonthlyReport.ofMonth", MonthlyReport.class).setParameter("month", month.toString())
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** The latest revision, its draft compiled first when the month has no report yet (a month that has begun). */
    public MonthlyReport open(YearMonth month) {
        Optional<MonthlyReport> existing = find(month);
        if (existing.isPresent()) {
            return existing.get();
        }
        return createDraft(month, audit.currentActor());
    }

    /** The published revision of the month, if any: what the public sees. */
    public Optional<MonthlyReport> published(YearMonth month) {
        return em.createNamedQuery("MonthlyReport.ofMonth", MonthlyReport.class).setParameter("month", month.toString())
                .getResultStream().filter(r -> r.getState() == ReportState.PUBLISHED).findFirst();
    }

    /** Every published report, newest month first. */
    public List<MonthlyReport> publishedReports() {
        return em.createNamedQuery("MonthlyReport.published", MonthlyReport.class).getResultList();
    }

    /** The latest revision of every month that has a report, newest month first (for the editors' list). */
    public List<MonthlyReport> recent() {
        Map<YearMonth, MonthlyReport> latest = new LinkedHashMap<>();
        for (MonthlyReport r : em.createNamedQuery("MonthlyReport.recent", MonthlyReport.class).getResultList()) {
            latest.merge(r.getMonth(), r, (a, b) -> a.getRevision() >= b.getRevision() ? a : b);
        }
        return new ArrayList<>(latest.values());
    }

    /** Every revision of the month, newest first. */
    public List<MonthlyReport> revisions(YearMonth month) {
        return em.createNamedQuery("MonthlyReport.ofMonth", MonthlyReport.class).setParameter("month", month.toString())
                .getResultList();
    }

    // ---------------------------------------------------------------- the editors' steps

    /** A draft for the month, compiled from the data; refused for a month that has not begun or has a report. */
    public MonthlyReport createDraft(YearMonth month, String actor) {
        if (month.isAfter(currentMonth())) {
            throw new BusinessException("report.futureMonth", month.toString());
        }
        if (find(month).isPresent()) {
            throw new BusinessException("report.exists", month.toString());
        }
        Instant now = Instant.now();
        MonthlyReport report = new MonthlyReport(month, 1, compile(month, entered(month, null), now), actor, now);
        em.persist(report);
        em.flush();
        audit.recordAs(actor, "REPORT_DRAFTED", ENTITY, report.getId(), month + " rev 1");
        return report;
    }

    /** Compiles the draft's figures again from the data (drafts only). */
    public MonthlyReport refresh(YearMonth month) {
        MonthlyReport report = latest(month);
        report.requireState(ReportState.DRAFT, "report.notDraft");
        Instant now = Instant.now();
        report.recompiled(compile(month, entered(month, report), now), now);
        audit.record("REPORT_REFRESHED", ENTITY, report.getId(), month + " rev " + report.getRevision());
        return report;
    }

    /** Enters (or changes) a figure the portal has no source for; marked with who and when. */
    public MonthlyReport enter(YearMonth month, String key, Long value) {
        Map<String, Long> one = new LinkedHashMap<>();
        one.put(key, value);
        return enter(month, one);
    }

    /**
     * Several entered figures at once (the editor's form): every value is checked first, so a wrong one changes
     * nothing; then they are entered, each audited, and the snapshot is rewritten once.
     */
    public MonthlyReport enter(YearMonth month, Map<String, Long> values) {
        java.util.Set<String> measured = measuredKeys(figureSources());
        List<Violation> v = new ArrayList<>();
        values.forEach((key, value) -> {
            if (!EnteredFigures.isEnterable(key)) {
                v.add(Violation.of(key == null ? "key" : key, "report.keyUnknown"));
            } else if (value == null || value < 0 || value > EnteredFigures.MAX) {
                v.add(Violation.of(key, "report.valueInvalid"));
            } else if (measured.contains(key)) {
                v.add(Violation.of(key, "report.keyMeasured"));
            }
        });
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        MonthlyReport report = latest(month);
        String actor = audit.currentActor();
        Instant now = Instant.now();
        values.forEach((key, value) -> {
            ReportEntry e = report.enter(key, value, actor, now);
            audit.record("REPORT_FIGURE_ENTERED", ENTITY, report.getId(), key + " = " + e.getValue());
        });
        if (!values.isEmpty()) {
            applyEntries(report);
        }
        return report;
    }

    /**
     * Lists a blast of the month (drafts only): its day (within the month), subject and channel. The report counts
     * the list as {@code blasts.total}.
     */
    public MonthlyReport addBlast(YearMonth month, LocalDate date, String subject, BlastChannel channel) {
        List<Violation> v = new ArrayList<>();
        if (date == null) {
            v.add(Violation.of("blastDate", "report.blastDateRequired"));
        } else if (!YearMonth.from(date).equals(month)) {
            v.add(Violation.of("blastDate", "report.blastDateOutside", ReportText.monthName(month, ReportText.ID)));
        }
        if (subject == null || subject.isBlank()) {
            v.add(Violation.of("blastSubject", "report.blastSubjectRequired"));
        } else if (subject.trim().length() > ReportBlast.SUBJECT_MAX) {
            v.add(Violation.of("blastSubject", "report.textTooLong", ReportBlast.SUBJECT_MAX));
        }
        if (channel == null) {
            v.add(Violation.of("blastChannel", "report.blastChannelRequired"));
        }
        if (measuredKeys(figureSources()).contains(EnteredFigures.BLASTS)) {
            v.add(Violation.of("blastDate", "report.keyMeasured"));
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        MonthlyReport report = latest(month);
        ReportBlast b = report.addBlast(date, subject.trim(), channel, audit.currentActor(), Instant.now());
        applyEntries(report);
        em.flush();
        audit.record("REPORT_BLAST_ADDED", ENTITY, report.getId(), date + " " + channel + ": " + b.getSubject());
        return report;
    }

    /** Takes a blast off the month's list (drafts only). */
    public MonthlyReport removeBlast(YearMonth month, long blastId) {
        MonthlyReport report = latest(month);
        ReportBlast b = report.removeBlast(blastId, audit.currentActor(), Instant.now());
        applyEntries(report);
        audit.record("REPORT_BLAST_REMOVED", ENTITY, report.getId(), b.getDate() + " " + b.getChannel() + ": " + b.getSubject());
        return report;
    }

    private void applyEntries(MonthlyReport report) {
        report.entriesApplied(ReportCompiler.withEntered(report.snapshot().json(), entered(report.getMonth(), report))
                .toString());
    }

    /** The narrative sections only people can write (drafts only). */
    public MonthlyReport write(YearMonth month, String technicalQuestions, String complaints, String evaluation) {
        List<Violation> v = new ArrayList<>();
        checkLength(v, "technicalQuestions", technicalQuestions);
        checkLength(v, "complaints", complaints);
        checkLength(v, "evaluation", evaluation);
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        MonthlyReport report = latest(month);
        report.write(blankToNull(technicalQuestions), blankToNull(complaints), blankToNull(evaluation));
        audit.record("REPORT_NARRATIVE_SAVED", ENTITY, report.getId(), month + " rev " + report.getRevision());
        return report;
    }

    /** Draft → in review: the figures are no longer refreshed. The evaluation must be written. */
    public MonthlyReport submit(YearMonth month) {
        MonthlyReport report = latest(month);
        report.submit(audit.currentActor(), Instant.now());
        audit.record("REPORT_SUBMITTED", ENTITY, report.getId(), month + " rev " + report.getRevision());
        return report;
    }

    /** In review → draft, for changes. */
    public MonthlyReport sendBack(YearMonth month) {
        MonthlyReport report = latest(month);
        report.sendBack();
        audit.record("REPORT_SENT_BACK", ENTITY, report.getId(), month + " rev " + report.getRevision());
        return report;
    }

    /**
     * In review → published: the snapshot is frozen as it is; the revision it corrects is superseded; the report
     * is listed (or its listing updated) under the publication type LAPORAN.
     */
    public MonthlyReport publish(YearMonth month) {
        return publish(month, ReportProgress.NONE);
    }

    /**
     * {@link #publish(YearMonth)}, telling {@code progress} how far it is: the PDF's steps between
     * {@value #PDF_FROM} and {@value #PDF_TO} %, then {@link ReportStep#ATTACHING}. 100 % is for the caller to
     * report once the transaction has committed ({@link ReportPublishing} does). A failure at any step rolls
     * everything back: the report stays in review and no listing or PDF remains.
     */
    public MonthlyReport publish(YearMonth month, ReportProgress progress) {
        progress.reached(0, ReportStep.PREPARING);
        MonthlyReport report = latest(month);
        String actor = audit.currentActor();
        Instant now = Instant.now();
        report.publish(actor, now);
        for (MonthlyReport older : revisions(month)) {
            if (older != report && older.getState() == ReportState.PUBLISHED) {
                older.supersede();
                audit.record("REPORT_SUPERSEDED", ENTITY, older.getId(), month + " rev " + older.getRevision());
            }
        }
        list(report, actor, progress);
        em.flush();
        audit.record("REPORT_PUBLISHED", ENTITY, report.getId(), month + " rev " + report.getRevision());
        return report;
    }

    /** A correction of the published report: the next revision as a draft, recompiled, with the change note. */
    public MonthlyReport revise(YearMonth month, String changeNote) {
        if (changeNote == null || changeNote.isBlank()) {
            throw new InvalidInputException(List.of(Violation.of("changeNote", "report.changeNoteRequired")));
        }
        if (changeNote.trim().length() > MonthlyReport.NOTE_MAX) {
            throw new InvalidInputException(List.of(Violation.of("changeNote", "report.textTooLong", MonthlyReport.NOTE_MAX)));
        }
        MonthlyReport published = latest(month);
        published.requireState(ReportState.PUBLISHED, "report.notPublished");
        Instant now = Instant.now();
        String actor = audit.currentActor();
        MonthlyReport next = published.correction("{\"month\":\"" + month + "\"}", changeNote.trim(), actor, now);
        em.persist(next);
        next.recompiled(compile(month, entered(month, next), now), now);
        em.flush();
        audit.record("REPORT_REVISED", ENTITY, next.getId(), month + " rev " + next.getRevision() + ": " + changeNote.trim());
        return next;
    }

    // ---------------------------------------------------------------- the timer's step

    /**
     * On the first working day of a month: the draft for the previous month, when there is none, and a message
     * to every active report editor with an e-mail address. Returns the draft made, if any.
     */
    public Optional<MonthlyReport> monthlyDraft(LocalDate today, String staffBaseUrl) {
        if (!today.equals(firstWorkingDay(YearMonth.from(today)))) {
            return Optional.empty();
        }
        YearMonth month = YearMonth.from(today).minusMonths(1);
        if (find(month).isPresent()) {
            return Optional.empty();
        }
        MonthlyReport draft = createDraft(month, AuditTrail.SYSTEM);
        String name = monthName(month, ReportText.ID);
        for (StaffAccount a : staff.all()) {
            if (a.isEnabled() && a.hasRole(Role.REPORT_EDITOR) && a.getEmail() != null && Mail.plausibleAddress(a.getEmail())) {
                mail.send(Mail.to(a.getEmail()).subject("Draf Laporan Layanan Informasi DJPK " + name)
                        .text("Yth. " + a.getFullName() + ",\n\nDraf Laporan Layanan Informasi DJPK bulan " + name
                                + " telah disusun dari data portal. Silakan lengkapi angka media sosial, chatbot dan "
                                + "blast, tulis Evaluasi dan Saran, lalu ajukan untuk ditinjau:\n"
                                + staffBaseUrl + "/laporan/laporan.xhtml?bulan=" + month + "\n\nPortal DJPK")
                        .about(ABOUT, month.toString()));
            }
        }
        return Optional.of(draft);
    }

    public LocalDate firstWorkingDay(YearMonth month) {
        LocalDate day = month.atDay(1);
        while (!calendar.workingDays().isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    public LocalDate today() {
        return LocalDate.now(zone());
    }

    // ---------------------------------------------------------------- compiling

    /** The month's snapshot from the data (with the given entered figures), as JSON text. */
    String compile(YearMonth month, ReportCompiler.EnteredData entered, Instant now) {
        return ReportCompiler.compile(sources(month), entered, now).toString();
    }

    /** What the report is made of, read from the capabilities. */
    public ReportCompiler.Sources sources(YearMonth m) {
        YearMonth prev = m.minusMonths(1);
        YearMonth lastYear = m.minusMonths(12);
        List<ReportCompiler.Item> pubs = new ArrayList<>();
        List<ReportCompiler.Item> events = new ArrayList<>();
        ZoneId zone = zone();
        for (Publication p : publications.visibleDatedBetween(lastYear.atDay(1), m.atEndOfMonth())) {
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
        var ticketFigures = helpdesk.figures(List.of(m, prev, lastYear));
        var figures = ticketFigures.get(m);
        Map<String, String> regions = new HashMap<>();
        figures.topPemda().forEach(p -> regions.put(p.regionCode(),
                reference.findRegion(p.regionCode()).map(Region::getShortName).orElse(p.regionCode())));
        return new ReportCompiler.Sources(m, figures, ticketFigures.get(prev), ticketFigures.get(lastYear),
                helpdesk.totalsPerMonth(lastYear, m), ppid.figures(m), ppid.figures(prev), ppid.figures(lastYear),
                current, previous, visits.monthly(lastYear), visitsYtd, conferencesYtd, pubs, events,
                traffic.month(m, TOP_PAGES), traffic.month(prev, TOP_PAGES), traffic.month(lastYear, TOP_PAGES), topics,
                regions);
    }

    /**
     * The entered part of a revision (none yet for a new draft): its entries and blasts, what the sources measure,
     * and the values of M−1, M−12 and the earlier months of the year (their latest revisions, the sources' values
     * over them).
     */
    private ReportCompiler.EnteredData entered(YearMonth month, MonthlyReport report) {
        Map<String, ReportCompiler.Entered> entries = new LinkedHashMap<>();
        List<ReportCompiler.Blast> blasts = new ArrayList<>();
        if (report != null) {
            report.getEntries().forEach(e -> entries.put(e.getKey(),
                    new ReportCompiler.Entered(e.getValue(), e.getEnteredBy(), e.getEnteredAt())));
            report.getBlasts().forEach(b -> blasts.add(new ReportCompiler.Blast(b.getDate(), b.getSubject(),
                    b.getChannel().name(), b.getEnteredBy(), b.getEnteredAt())));
        }
        List<ReportFigureSource> sources = figureSources();
        java.util.TreeSet<YearMonth> months = new java.util.TreeSet<>(List.of(month.minusMonths(1), month.minusMonths(12)));
        for (YearMonth x = YearMonth.of(month.getYear(), 1); x.isBefore(month); x = x.plusMonths(1)) {
            months.add(x);
        }
        Map<YearMonth, Map<String, Long>> others = new LinkedHashMap<>();
        for (YearMonth x : months) {
            Optional<MonthlyReport> r = find(x);
            if (r.isEmpty() && sources.isEmpty()) {
                continue;
            }
            Map<String, Long> values = new HashMap<>();
            r.ifPresent(o -> {
                o.getEntries().forEach(e -> values.put(e.getKey(), e.getValue()));
                values.put(EnteredFigures.BLASTS, o.getBlasts().isEmpty()
                        ? values.getOrDefault(EnteredFigures.BLASTS, 0L) : o.getBlasts().size());
            });
            values.putAll(measured(x, sources));
            others.put(x, values);
        }
        return new ReportCompiler.EnteredData(entries, blasts, measuredKeys(sources), measured(month, sources), others);
    }

    /**
     * How many of the figures the editor types in are still empty in the month's report (all of them when it has
     * no report yet); figures a {@link ReportFigureSource} measures are not the editor's to enter.
     */
    public long figuresToEnter(YearMonth month) {
        java.util.Set<String> measured = measuredKeys(figureSources());
        Optional<MonthlyReport> report = find(month);
        return EnteredFigures.KEYS.stream().filter(k -> !measured.contains(k))
                .filter(k -> report.map(r -> r.entry(k).isEmpty()).orElse(true)).count();
    }

    private List<ReportFigureSource> figureSources() {
        return figureSources.stream().toList();
    }

    private static java.util.Set<String> measuredKeys(List<ReportFigureSource> sources) {
        java.util.Set<String> keys = new java.util.TreeSet<>();
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

    // ---------------------------------------------------------------- listing as a publication

    private void list(MonthlyReport report, String actor, ReportProgress progress) {
        YearMonth month = report.getMonth();
        PublicationDraft d = new PublicationDraft();
        d.setType(PublicationType.LAPORAN);
        d.setTitle(ReportText.title(month, ReportText.ID));
        d.setSummary("Laporan bulanan layanan informasi DJPK: publikasi, tiket konsultasi, kunjungan, video conference "
                + "dan layanan PPID bulan " + monthName(month, ReportText.ID) + ".");
        d.setBody(publicText(report));
        d.setDocDate(today());
        Publication p;
        if (report.getPublicationId() == null) {
            p = publications.create(d, actor);
        } else {
            Publication existing = publications.get(report.getPublicationId());
            p = publications.update(existing.getId(), d, existing.getVersion());
            // the listing carries the PDF of the published revision only
            for (var old : p.getAttachments()) {
                publications.removeAttachment(p.getId(), old.getId());
            }
        }
        byte[] pdf = ReportPdf.render(report, (percent, step) -> {
            if (step != ReportStep.DONE) {
                progress.reached(PDF_FROM + percent * (PDF_TO - PDF_FROM) / 100, step);
            }
        });
        progress.reached(PDF_TO, ReportStep.ATTACHING);
        publications.attach(p.getId(), new ByteArrayInputStream(pdf), pdfName(report));
        if (report.getPublicationId() == null) {
            publications.publish(p.getId(), null);
        }
        report.listedAs(p.getId());
    }

    /** The file name of a revision's PDF: laporan-layanan-informasi-2026-10-rev1.pdf. */
    public static String pdfName(MonthlyReport report) {
        return "laporan-layanan-informasi-" + report.getMonth() + "-rev" + report.getRevision() + ".pdf";
    }

    /** The report as an A4 PDF (built from its snapshot, so a published revision always gives the same figures). */
    public byte[] pdf(MonthlyReport report) {
        return ReportPdf.render(report);
    }

    /** The report's figures as CSV. */
    public byte[] csv(MonthlyReport report) {
        return ReportCsv.of(report);
    }

    private String publicText(MonthlyReport report) {
        String base = config.publicBaseUrl() + "/laporan/" + report.getMonth();
        StringBuilder b = new StringBuilder();
        b.append("Laporan lengkap: ").append(base).append("\n");
        b.append("PDF: ").append(base).append("/pdf\nCSV: ").append(base).append("/csv\nJSON: ").append(config.publicBaseUrl())
                .append("/api/reports/").append(report.getMonth()).append("\n");
        if (report.getRevision() > 1) {
            b.append("\nRevisi ").append(report.getRevision()).append(": ").append(report.getChangeNote()).append("\n");
        }
        return b.toString();
    }

    // ---------------------------------------------------------------- helpers

    private MonthlyReport latest(YearMonth month) {
        return find(month).orElseThrow(() -> new BusinessException("report.notFound", month.toString()));
    }

    private YearMonth currentMonth() {
        return YearMonth.now(zone());
    }

    private ZoneId zone() {
        return calendar.officeHours().zone();
    }

    private static String monthName(YearMonth month, Locale locale) {
        return ReportText.monthName(month, locale);
    }

    private static void checkLength(List<Violation> v, String field, String text) {
        if (text != null && text.trim().length() > MonthlyReport.NARRATIVE_MAX) {
            v.add(Violation.of(field, "report.textTooLong", MonthlyReport.NARRATIVE_MAX));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
