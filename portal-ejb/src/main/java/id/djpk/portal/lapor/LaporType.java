package id.djpk.portal.lapor;

import id.djpk.portal.document.FileKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A kind of routine report: its owning unit (whose Layer 2 accounts are its PIC), how often it is due, the unit's
 * deadline rule (none: no on-time judgement), the files it takes, and the line of the monthly report's Email Lapor
 * table it is counted in ({@link #getReportGroup}, one of {@code report.EnteredFigures.EMAIL_TYPES}).
 */
@Entity
@Table(name = "lapor_type")
@NamedQuery(name = "LaporType.all", query = "SELECT t FROM LaporType t ORDER BY t.code")
public class LaporType implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the issue allows a report to be: PDF, spreadsheets, Word documents and archives. */
    public static final Set<FileKind> ALLOWED_KINDS = AcceptedFiles.ALLOWED_KINDS;
    /** The most any type takes a file, and what the intake's parsers allow a part before the type is known. */
    public static final long MAX_BYTES = AcceptedFiles.DEFAULT.maxBytes();
    public static final int NAME_MAX = 200;

    @Id
    private String code;
    private String name;
    @Column(name = "unit_code")
    private String unitCode;
    @Enumerated(EnumType.STRING)
    @Column(name = "period_kind")
    private PeriodKind periodKind;
    @Column(name = "deadline_months")
    private Integer deadlineMonths;
    @Column(name = "deadline_day")
    private Integer deadlineDay;
    @Column(name = "file_kinds")
    private String fileKinds;
    @Column(name = "max_bytes")
    private long maxBytes;
    @Column(name = "report_group")
    private String reportGroup;
    private boolean active;
    @Version
    private int version;

    protected LaporType() {
    }

    LaporType(String code) {
        this.code = code;
        this.active = true;
    }

    void set(String name, String unitCode, PeriodKind periodKind, DeadlineRule deadline, AcceptedFiles files, String reportGroup) {
        this.name = name;
        this.unitCode = unitCode;
        this.periodKind = periodKind;
        this.deadlineMonths = deadline == null ? null : deadline.monthsAfter();
        this.deadlineDay = deadline == null ? null : deadline.day();
        this.fileKinds = String.join(",", files.kindNames());
        this.maxBytes = files.maxBytes();
        this.reportGroup = reportGroup;
    }

    public String getCode() { return code; }
    public String getName() { return name; }
    public String getUnitCode() { return unitCode; }
    public PeriodKind getPeriodKind() { return periodKind; }
    public long getMaxBytes() { return maxBytes; }
    public String getReportGroup() { return reportGroup; }
    public boolean isActive() { return active; }

    public Optional<DeadlineRule> deadline() {
        return deadlineMonths == null || deadlineDay == null ? Optional.empty()
                : Optional.of(new DeadlineRule(deadlineMonths, deadlineDay));
    }

    public Set<FileKind> fileKinds() {
        Set<FileKind> kinds = EnumSet.noneOf(FileKind.class);
        Arrays.stream(fileKinds.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .forEach(s -> kinds.add(FileKind.valueOf(s.toUpperCase(Locale.ROOT))));
        return kinds;
    }

    /** "PDF, XLSX, ZIP": for the form's hint and messages. */
    public String fileKindsText() {
        return accepted().kindsText();
    }

    /** The kinds and size per file this type takes. */
    public AcceptedFiles accepted() {
        return new AcceptedFiles(fileKinds(), (int) (maxBytes / (1024 * 1024)));
    }

    public int getMaxMb() {
        return accepted().maxMb();
    }
}
