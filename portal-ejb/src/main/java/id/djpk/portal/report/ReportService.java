package id.djpk.portal.report;

import id.djpk.portal.audit.AuditTrail;
import id.djpk.portal.system.BusinessException;
import id.djpk.portal.system.Formatter;
import id.djpk.portal.system.InvalidInputException;
import id.djpk.portal.system.OfficeClock;
import id.djpk.portal.system.Violation;
import id.djpk.portal.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The monthly report's life: a draft compiled by {@link ReportCompilation}, completed by the editors (entered
 * figures, blasts and narrative), reviewed and published with a frozen snapshot and listed on the public site by
 * {@link ReportListing}; corrections as new revisions. The first working day's draft is {@link MonthlyDrafts}'.
 * The editors' steps are for report editors and administrators ({@code @RolesAllowed}, as the staff portal's
 * addresses in web.xml); what the public site reads ({@link #published}, the files) and the steps of the timer
 * ({@link #createDraft}) and of the background publishing ({@link #publish(YearMonth, ReportProgress)}), which run
 * without a signed-in caller, are left open. Every change is audited.
 */
@Stateless
public class ReportService {

    static final String ENTITY = "MonthlyReport";
    public static final String ABOUT = "REPORT";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;
    @Inject
    private AuditTrail audit;
    @Inject
    private ReportCompilation compilation;
    @Inject
    private ReportListing listing;
    @Inject
    private OfficeClock clock;

    // ---------------------------------------------------------------- reading

    /** The latest revision of the month's report, if there is one. */
    public Optional<MonthlyReport> find(YearMonth month) {
        return em.createNamedQuery("MonthlyReport.ofMonth", MonthlyReport.class).setParameter("month", month.toString())
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** The latest revision, its draft compiled first when the month has no report yet (a month that has begun). */
    @RolesAllowed({Role.REPORT_EDITOR_NAME, Role.ADMIN_NAME})
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
        if (month.isAfter(clock.thisMonth())) {
            throw new BusinessException("report.futureMonth", month.toString());
        }
        if (find(month).isPresent()) {
            throw new BusinessException("report.exists", month.toString());
        }
        Instant now = clock.now();
        MonthlyReport report = new MonthlyReport(month, 1, compilation.compile(month, null, now), actor, now);
        em.persist(report);
        em.flush();
        audit.recordAs(actor, "REPORT_DRAFTED", ENTITY, report.getId(), month + " rev 1");
        return report;
    }

    /** Compiles the draft's figures again from the data (drafts only). */
    @RolesAllowed({Role.REPORT_EDITOR_NAME, Role.ADMIN_NAME})
    public MonthlyReport refresh(YearMonth month) {
        MonthlyReport report = latest(month);
        report.requireState(ReportState.DRAFT, "report.notDraft");
        Instant now = clock.now();
        report.recompiled(compilation.compile(month, report, now), now);
        audit.record("REPORT_REFRESHED", ENTITY, report.getId(), month + " rev " + report.getRevision());
        return report;
    }

    /** Enters (or changes) a figure the portal has no source for; marked with who and when. */
    @RolesAllowed({Role.REPORT_EDITOR_NAME, Role.ADMIN_NAME})
    public MonthlyReport enter(YearMonth month, String key, Long value) {
        Map<String, Long> one = new LinkedHashMap<>();
        one.put(key, value);
        return enter(month, one);
    }

    /**
     * Several entered figures at once (the editor's form): every value is checked first, so a wrong one changes
     * nothing; then they are entered, each audited, and the snapshot is rewritten once.
     */
    @RolesAllowed({Role.REPORT_EDITOR_NAME, Role.ADMIN_NAME})
    public MonthlyReport enter(YearMonth month, Map<String, Long> values) {
        Set<String> measured = compilation.measuredKeys(month);
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
        Instant now = clock.now();
        values.forEach((key, value) -> {
            ReportEntry e = report.enter(key, value, actor, now);
            audit.record("REPORT_FIGURE_ENTERED", ENTITY, report.getId(), key + " = " + e.getValue());
        });
        if (!values.isEmpty()) {
            applyEntries(report);
        }
        return report;
    }

    /** What an export file filled in: the report, and the figures read by key. */
    public record SocialImport(MonthlyReport report, Map<String, SocialMediaFigures.Read> figures) {
    }

    /**
     * Reads the month's social-media figures from a platform's own export file (Meta Business Suite, X analytics,
     * YouTube Studio, TikTok; recognised by its columns) and enters them, each marked with the file it came from
     * (drafts only). A file that cannot be read, or holds nothing for the month, is refused with the reason and
     * changes nothing; figures the file does not carry keep what was typed.
     */
    @RolesAllowed({Role.REPORT_EDITOR_NAME, Role.ADMIN_NAME})
    public SocialImport importSocialMedia(YearMonth month, String fileName, java.io.InputStream content) {
        MonthlyReport report = latest(month);
        Map<String, SocialMediaFigures.Read> read;
        try {
            read = SocialMediaFigures.of(id.djpk.portal.report.social.SocialMediaExports.read(fileName, content, month));
        } catch (id.djpk.portal.report.social.SocialExportException e) {
            throw new BusinessException("report.socialExport", e.message(Formatter.INDONESIAN), e.message(Formatter.ENGLISH));
        }
        if (read.isEmpty()) {
            throw new BusinessException("report.socialExportEmpty", month); // Messages writes the month in the reader's language
        }
        String actor = audit.currentActor();
        Instant now = clock.now();
        read.forEach((key, r) -> {
            report.enter(key, r.value(), actor, now, r.source());
            audit.record("REPORT_FIGURE_IMPORTED", ENTITY, report.getId(), key + " = " + r.value() + " (" + r.source() + ")");
        });
        applyEntries(report);
        return new SocialImport(report, read);
    }

    /**
     * Lists a blast of the month (drafts only): its day (within the month), subject and channel. The report counts
     * the list as {@code blasts.total}.
     */
    @RolesAllowed({Role.REPORT_EDITOR_NAME, Role.ADMIN_NAME})
    public MonthlyReport addBlast(YearMonth month, LocalDate date, String subject, BlastChannel channel) {
        List<Violation> v = new ArrayList<>();
        if (date == null) {
            v.add(Violation.of("blastDate", "report.blastDateRequired"));
        } else if (!YearMonth.from(date).equals(month)) {
            v.add(Violation.of("blastDate", "report.blastDateOutside", month)); // the month in the reader's language
        }
        if (subject == null || subject.isBlank()) {
            v.add(Violation.of("blastSubject", "report.blastSubjectRequired"));
        } else if (subject.trim().length() > ReportBlast.SUBJECT_MAX) {
            v.add(Violation.of("blastSubject", "report.textTooLong", ReportBlast.SUBJECT_MAX));
        }
        if (channel == null) {
            v.add(Violation.of("blastChannel", "report.blastChannelRequired"));
        }
        if (compilation.measuredKeys(month).contains(EnteredFigures.BLASTS)) {
            v.add(Violation.of("blastDate", "report.keyMeasured"));
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        MonthlyReport report = latest(month);
        ReportBlast b = report.addBlast(date, subject.trim(), channel, audit.currentActor(), clock.now());
        applyEntries(report);
        em.flush();
        audit.record("REPORT_BLAST_ADDED", ENTITY, report.getId(), date + " " + channel + ": " + b.getSubject());
        return report;
    }

    /** Takes a blast off the month's list (drafts only). */
    @RolesAllowed({Role.REPORT_EDITOR_NAME, Role.ADMIN_NAME})
    public MonthlyReport removeBlast(YearMonth month, long blastId) {
        MonthlyReport report = latest(month);
        ReportBlast b = report.removeBlast(blastId, audit.currentActor(), clock.now());
        applyEntries(report);
        audit.record("REPORT_BLAST_REMOVED", ENTITY, report.getId(), b.getDate() + " " + b.getChannel() + ": " + b.getSubject());
        return report;
    }

    private void applyEntries(MonthlyReport report) {
        report.entriesApplied(compilation.withEntries(report));
    }

    /**
     * How many of the figures the editor types in are still empty in the month's report (all of them when it has
     * no report yet); figures a {@link ReportFigureSource} measures are not the editor's to enter.
     */
    public long figuresToEnter(YearMonth month) {
        Set<String> measured = compilation.measuredKeys(month);
        Optional<MonthlyReport> report = find(month);
        return EnteredFigures.KEYS.stream().filter(k -> !measured.contains(k))
                .filter(k -> report.map(r -> r.entry(k).isEmpty()).orElse(true)).count();
    }

    /** The narrative sections only people can write (drafts only). */
    @RolesAllowed({Role.REPORT_EDITOR_NAME, Role.ADMIN_NAME})
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
    @RolesAllowed({Role.REPORT_EDITOR_NAME, Role.ADMIN_NAME})
    public MonthlyReport submit(YearMonth month) {
        MonthlyReport report = latest(month);
        report.submit(audit.currentActor(), clock.now());
        audit.record("REPORT_SUBMITTED", ENTITY, report.getId(), month + " rev " + report.getRevision());
        return report;
    }

    /** In review → draft, for changes. */
    @RolesAllowed({Role.REPORT_EDITOR_NAME, Role.ADMIN_NAME})
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
    @RolesAllowed({Role.REPORT_EDITOR_NAME, Role.ADMIN_NAME})
    public MonthlyReport publish(YearMonth month) {
        return publish(month, ReportProgress.NONE);
    }

    /**
     * {@link #publish(YearMonth)}, telling {@code progress} how far it is: the PDF's steps between
     * {@value ReportListing#PDF_FROM} and {@value ReportListing#PDF_TO} %, then {@link ReportStep#ATTACHING}. 100 %
     * is for the caller to report once the transaction has committed ({@link ReportPublishing} does). A failure at
     * any step rolls everything back: the report stays in review and no listing or PDF remains.
     */
    public MonthlyReport publish(YearMonth month, ReportProgress progress) {
        progress.reached(0, ReportStep.PREPARING);
        MonthlyReport report = latest(month);
        String actor = audit.currentActor();
        Instant now = clock.now();
        report.publish(actor, now);
        for (MonthlyReport older : revisions(month)) {
            if (older != report && older.getState() == ReportState.PUBLISHED) {
                older.supersede();
                audit.record("REPORT_SUPERSEDED", ENTITY, older.getId(), month + " rev " + older.getRevision());
            }
        }
        listing.list(report, actor, progress);
        em.flush();
        audit.record("REPORT_PUBLISHED", ENTITY, report.getId(), month + " rev " + report.getRevision());
        return report;
    }

    /** A correction of the published report: the next revision as a draft, recompiled, with the change note. */
    @RolesAllowed({Role.REPORT_EDITOR_NAME, Role.ADMIN_NAME})
    public MonthlyReport revise(YearMonth month, String changeNote) {
        if (changeNote == null || changeNote.isBlank()) {
            throw new InvalidInputException(List.of(Violation.of("changeNote", "report.changeNoteRequired")));
        }
        if (changeNote.trim().length() > MonthlyReport.NOTE_MAX) {
            throw new InvalidInputException(List.of(Violation.of("changeNote", "report.textTooLong", MonthlyReport.NOTE_MAX)));
        }
        MonthlyReport published = latest(month);
        published.requireState(ReportState.PUBLISHED, "report.notPublished");
        Instant now = clock.now();
        String actor = audit.currentActor();
        MonthlyReport next = published.correction("{\"month\":\"" + month + "\"}", changeNote.trim(), actor, now);
        em.persist(next);
        next.recompiled(compilation.compile(month, next, now), now);
        em.flush();
        audit.record("REPORT_REVISED", ENTITY, next.getId(), month + " rev " + next.getRevision() + ": " + changeNote.trim());
        return next;
    }

    /** Today in the office (the staff home asks). */
    public LocalDate today() {
        return clock.today();
    }

    /** The file name of a revision's PDF: laporan-layanan-informasi-2026-10-rev1.pdf. */
    public static String pdfName(MonthlyReport report) {
        return "laporan-layanan-informasi-" + report.getMonth() + "-rev" + report.getRevision() + ".pdf";
    }

    /** The report as an A4 PDF (built from its snapshot, so a published revision always gives the same figures). */
    public byte[] pdf(MonthlyReport report) {
        return ReportPdf.render(report, clock.zone());
    }

    /** The report's figures as CSV. */
    public byte[] csv(MonthlyReport report) {
        return ReportCsv.of(report);
    }

    // ---------------------------------------------------------------- helpers

    private MonthlyReport latest(YearMonth month) {
        return find(month).orElseThrow(() -> new BusinessException("report.notFound", month.toString()));
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
