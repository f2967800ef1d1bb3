package id.djpk.portal.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A figure the editor entered in a report revision (see {@link EnteredFigures}), with who and when. */
@Entity
@Table(name = "report_entry")
public class ReportEntry implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "report_id")
    private MonthlyReport report;
    @Column(name = "figure_key")
    private String key;
    @Column(name = "figure_value")
    private long value;
    @Column(name = "entered_at")
    private Instant enteredAt;
    @Column(name = "entered_by")
    private String enteredBy;
    /** The export file the value was read from ("Meta Business Suite: konten.csv"); null when typed. */
    @Column(name = "source")
    private String source;

    protected ReportEntry() {
    }

    ReportEntry(MonthlyReport report, String key, long value, String actor, Instant at) {
        this.report = report;
        this.key = key;
        this.value = value;
        this.enteredBy = actor;
        this.enteredAt = at;
    }

    void change(long newValue, String actor, Instant at) {
        change(newValue, actor, at, null);
    }

    /** A new value, typed ({@code source} null) or read from an export file. */
    void change(long newValue, String actor, Instant at, String source) {
        this.value = newValue;
        this.enteredBy = actor;
        this.enteredAt = at;
        this.source = source;
    }

    public Long getId() { return id; }
    public String getKey() { return key; }
    public long getValue() { return value; }
    public Instant getEnteredAt() { return enteredAt; }
    public String getEnteredBy() { return enteredBy; }
    public String getSource() { return source; }
}
