package id.djpk.portal.report;

import id.djpk.portal.audit.AuditTrail;
import id.djpk.portal.calendar.CalendarService;
import id.djpk.portal.helpdesk.HelpdeskService;
import id.djpk.portal.identity.Role;
import id.djpk.portal.identity.StaffAccount;
import id.djpk.portal.identity.StaffDirectory;
import id.djpk.portal.mail.Mail;
import id.djpk.portal.mail.MailService;
import id.djpk.portal.ppid.PpidService;
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
import id.djpk.portal.visit.VisitService;
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
    private PpidService ppid;
    @Inject
    private VisitService visits;
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
        MonthlyReport report = new MonthlyReport(month, 1, compile(month, Map.of(), now), actor, now);
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
        report.recompiled(compile(month, entered(report), now), now);
        audit.record("REPORT_REFRESHED", ENTITY, report.getId(), month + " rev " + report.getRevision());
        return report;
    }

    /** Enters (or changes) a figure the portal has no source for; marked with who and when. */
    public MonthlyReport enter(YearMonth month, String key, Long value) {
        if (!EnteredFigures.isEnterable(key)) {
            throw new InvalidInputException(List.of(Violation.of(key == null ? "key" : key, "report.keyUnknown")));
        }
        if (value == null || value < 0 || value > EnteredFigures.MAX) {
            throw new InvalidInputException(List.of(Violation.of(key, "report.valueInvalid")));
        }
        MonthlyReport report = latest(month);
        ReportEntry e = report.enter(key, value, audit.currentActor(), Instant.now());
        report.entriesApplied(ReportCompiler.withEntered(report.snapshot().json(), entered(report)).toString());
        audit.record("REPORT_FIGURE_ENTERED", ENTITY, report.getId(), key + " = " + e.getValue());
        return report;
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
        next.recompiled(compile(month, entered(next), now), now);
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
    String compile(YearMonth month, Map<String, ReportCompiler.Entered> entered, Instant now) {
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
        long visitsYtd = 0;
        long conferencesYtd = 0;
        MonthlyLists current = visits.monthly(m);
        for (YearMonth x = YearMonth.of(m.getYear(), 1); x.isBefore(m); x = x.plusMonths(1)) {
            MonthlyLists l = x.equals(prev) ? null : visits.monthly(x);
            if (l != null) {
                visitsYtd += l.visits().size();
                conferencesYtd += l.videoConferences().size();
            }
        }
        MonthlyLists previous = visits.monthly(prev);
        if (prev.getYear() == m.getYear()) {
            visitsYtd += previous.visits().size();
            conferencesYtd += previous.videoConferences().size();
        }
        visitsYtd += current.visits().size();
        conferencesYtd += current.videoConferences().size();
        Map<String, ReportCompiler.TopicName> topics = new HashMap<>();
        for (Topic t : reference.topics()) {
            topics.put(t.getCode(), new ReportCompiler.TopicName(t.getName(), t.getGroup().name()));
        }
        var figures = helpdesk.figures(m);
        Map<String, String> regions = new HashMap<>();
        figures.topPemda().forEach(p -> regions.put(p.regionCode(),
                reference.findRegion(p.regionCode()).map(Region::getShortName).orElse(p.regionCode())));
        return new ReportCompiler.Sources(m, figures, helpdesk.figures(prev), helpdesk.figures(lastYear),
                helpdesk.totalsPerMonth(lastYear, m), ppid.figures(m), ppid.figures(prev), ppid.figures(lastYear),
                current, previous, visits.monthly(lastYear), visitsYtd, conferencesYtd, pubs, events,
                traffic.month(m, TOP_PAGES), traffic.month(prev, TOP_PAGES), traffic.month(lastYear, TOP_PAGES), topics,
                regions);
    }

    /** The report's entered figures, each with what was entered for M−1 and M−12 (latest revisions). */
    private Map<String, ReportCompiler.Entered> entered(MonthlyReport report) {
        Map<String, Long> previous = values(report.getMonth().minusMonths(1));
        Map<String, Long> lastYear = values(report.getMonth().minusMonths(12));
        Map<String, ReportCompiler.Entered> out = new LinkedHashMap<>();
        for (ReportEntry e : report.getEntries()) {
            out.put(e.getKey(), new ReportCompiler.Entered(e.getValue(), previous.get(e.getKey()), lastYear.get(e.getKey()),
                    e.getEnteredBy(), e.getEnteredAt()));
        }
        return out;
    }

    private Map<String, Long> values(YearMonth month) {
        Map<String, Long> values = new HashMap<>();
        find(month).ifPresent(r -> r.getEntries().forEach(e -> values.put(e.getKey(), e.getValue())));
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
