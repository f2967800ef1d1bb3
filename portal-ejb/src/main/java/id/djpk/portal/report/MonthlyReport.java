package id.djpk.portal.report;

import id.djpk.portal.system.BusinessException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One revision of a month's report. The figures are a JSON snapshot: recompiled from the data while a draft,
 * frozen from the moment of review, so that a published report never changes; a correction is the next
 * revision, with a change note, which supersedes this one when it is published.
 */
@Entity
@Table(name = "monthly_report")
@NamedQuery(name = "MonthlyReport.ofMonth", query = "SELECT r FROM MonthlyReport r WHERE r.month = :month "
        + "ORDER BY r.revision DESC")
@NamedQuery(name = "MonthlyReport.ofMonths", query = "SELECT r FROM MonthlyReport r WHERE r.month IN :months "
        + "ORDER BY r.month, r.revision DESC")
@NamedQuery(name = "MonthlyReport.published", query = "SELECT r FROM MonthlyReport r WHERE r.state = "
        + "id.djpk.portal.report.ReportState.PUBLISHED ORDER BY r.month DESC")
@NamedQuery(name = "MonthlyReport.recent", query = "SELECT r FROM MonthlyReport r WHERE r.state <> "
        + "id.djpk.portal.report.ReportState.SUPERSEDED ORDER BY r.month DESC")
/** The publications that list published reports (one per month, kept across revisions). */
@NamedQuery(name = "MonthlyReport.listings", query = "SELECT DISTINCT r.publicationId FROM MonthlyReport r "
        + "WHERE r.publicationId IS NOT NULL")
public class MonthlyReport implements Serializable {

    static final int NARRATIVE_MAX = 20000;
    static final int NOTE_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    private Long id;
    @Column(name = "report_month")
    private String month;
    private int revision;
    @Enumerated(EnumType.STRING)
    private ReportState state;
    private String figures;
    @Column(name = "compiled_at")
    private Instant compiledAt;
    @Column(name = "technical_questions")
    private String technicalQuestions;
    private String complaints;
    private String evaluation;
    @Column(name = "change_note")
    private String changeNote;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "submitted_by")
    private String submittedBy;
    @Column(name = "published_at")
    private Instant publishedAt;
    @Column(name = "published_by")
    private String publishedBy;
    @Column(name = "publication_id")
    private Long publicationId;
    @Version
    private int version;
    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("key")
    private List<ReportEntry> entries = new ArrayList<>();
    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("date ASC, enteredAt ASC")
    private List<ReportBlast> blasts = new ArrayList<>();

    /** The parsed snapshot of {@link #figures}: pages and the PDF read it many times, it is parsed once per text. */
    private transient ReportSnapshot snapshot;

    protected MonthlyReport() {
    }

    MonthlyReport(YearMonth month, int revision, String figures, String actor, Instant now) {
        this.month = month.toString();
        this.revision = revision;
        this.state = ReportState.DRAFT;
        this.figures = figures;
        this.compiledAt = now;
        this.createdAt = now;
        this.createdBy = actor;
    }

    /** The next revision of a published report: the same entries, blasts and narrative, a new snapshot, a change note. */
    MonthlyReport correction(String figures, String note, String actor, Instant now) {
        MonthlyReport next = new MonthlyReport(getMonth(), revision + 1, figures, actor, now);
        next.technicalQuestions = technicalQuestions;
        next.complaints = complaints;
        next.evaluation = evaluation;
        next.changeNote = note;
        next.publicationId = publicationId;
        for (ReportEntry e : entries) {
            next.entries.add(new ReportEntry(next, e.getKey(), e.getValue(), e.getEnteredBy(), e.getEnteredAt()));
        }
        for (ReportBlast b : blasts) {
            next.blasts.add(b.copyTo(next));
        }
        return next;
    }

    void requireState(ReportState expected, String key) {
        if (state != expected) {
            throw new BusinessException(key, month, state.name());
        }
    }

    void recompiled(String snapshot, Instant now) {
        requireState(ReportState.DRAFT, "report.notDraft");
        this.figures = snapshot;
        this.compiledAt = now;
    }

    /** The snapshot with the entered figures written in (not a recompilation: only those keys change). */
    void entriesApplied(String snapshot) {
        this.figures = snapshot;
    }

    ReportEntry enter(String key, long value, String actor, Instant now) {
        return enter(key, value, actor, now, null);
    }

    /** Enters a value, typed ({@code source} null) or read from an export file (its name). */
    ReportEntry enter(String key, long value, String actor, Instant now, String source) {
        requireState(ReportState.DRAFT, "report.notDraft");
        Optional<ReportEntry> existing = entry(key);
        if (existing.isPresent()) {
            existing.get().change(value, actor, now, source);
            return existing.get();
        }
        ReportEntry e = new ReportEntry(this, key, value, actor, now);
        e.change(value, actor, now, source);
        entries.add(e);
        return e;
    }

    /** Lists a blast; {@link EnteredFigures#BLASTS} keeps the count with who changed the list last and when. */
    ReportBlast addBlast(java.time.LocalDate date, String subject, BlastChannel channel, String actor, Instant now) {
        requireState(ReportState.DRAFT, "report.notDraft");
        ReportBlast b = new ReportBlast(this, date, subject, channel, actor, now);
        blasts.add(b);
        enter(EnteredFigures.BLASTS, blasts.size(), actor, now);
        return b;
    }

    ReportBlast removeBlast(long blastId, String actor, Instant now) {
        requireState(ReportState.DRAFT, "report.notDraft");
        ReportBlast b = blasts.stream().filter(x -> x.getId() != null && x.getId() == blastId).findFirst()
                .orElseThrow(() -> new BusinessException("report.blastNotFound"));
        blasts.remove(b);
        enter(EnteredFigures.BLASTS, blasts.size(), actor, now);
        return b;
    }

    void write(String technical, String complaintsText, String evaluationText) {
        requireState(ReportState.DRAFT, "report.notDraft");
        this.technicalQuestions = technical;
        this.complaints = complaintsText;
        this.evaluation = evaluationText;
    }

    void submit(String actor, Instant now) {
        requireState(ReportState.DRAFT, "report.notDraft");
        if (evaluation == null || evaluation.isBlank()) {
            throw new BusinessException("report.evaluationMissing");
        }
        state = ReportState.IN_REVIEW;
        submittedAt = now;
        submittedBy = actor;
    }

    void sendBack() {
        requireState(ReportState.IN_REVIEW, "report.notInReview");
        state = ReportState.DRAFT;
        submittedAt = null;
        submittedBy = null;
    }

    void publish(String actor, Instant now) {
        requireState(ReportState.IN_REVIEW, "report.notInReview");
        state = ReportState.PUBLISHED;
        publishedAt = now;
        publishedBy = actor;
    }

    void supersede() {
        state = ReportState.SUPERSEDED;
    }

    void listedAs(long publication) {
        this.publicationId = publication;
    }

    public Optional<ReportEntry> entry(String key) {
        return entries.stream().filter(e -> e.getKey().equals(key)).findFirst();
    }

    public Long getId() { return id; }
    public YearMonth getMonth() { return YearMonth.parse(month); }
    public int getRevision() { return revision; }
    public ReportState getState() { return state; }
    public String getFigures() { return figures; }
    public ReportSnapshot snapshot() {
        // the same text object as last time: nothing changed it (a new snapshot is always a new string)
        if (snapshot == null || snapshot.text() != figures) {
            snapshot = ReportSnapshot.parse(figures);
        }
        return snapshot;
    }
    public Instant getCompiledAt() { return compiledAt; }
    public String getTechnicalQuestions() { return technicalQuestions; }
    public String getComplaints() { return complaints; }
    public String getEvaluation() { return evaluation; }
    public String getChangeNote() { return changeNote; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
    public Instant getSubmittedAt() { return submittedAt; }
    public String getSubmittedBy() { return submittedBy; }
    public Instant getPublishedAt() { return publishedAt; }
    public String getPublishedBy() { return publishedBy; }
    public Long getPublicationId() { return publicationId; }
    public int getVersion() { return version; }
    public List<ReportEntry> getEntries() { return List.copyOf(entries); }
    public List<ReportBlast> getBlasts() { return List.copyOf(blasts); }
}
