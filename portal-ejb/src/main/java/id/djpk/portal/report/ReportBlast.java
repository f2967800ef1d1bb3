package id.djpk.portal.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A blast (an announcement to the registered users by WhatsApp or e-mail) the editor listed in a report revision,
 * with who listed it and when; the report counts them as {@code blasts.total} ("Rincian Layanan WhatsApp Blast").
 */
@Entity
@Table(name = "report_blast")
public class ReportBlast implements Serializable {

    static final int SUBJECT_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "report_id")
    private MonthlyReport report;
    @Column(name = "blast_date")
    private LocalDate date;
    private String subject;
    @Enumerated(EnumType.STRING)
    private BlastChannel channel;
    @Column(name = "entered_at")
    private Instant enteredAt;
    @Column(name = "entered_by")
    private String enteredBy;

    protected ReportBlast() {
    }

    ReportBlast(MonthlyReport report, LocalDate date, String subject, BlastChannel channel, String actor, Instant at) {
        this.report = report;
        this.date = date;
        this.subject = subject;
        this.channel = channel;
        this.enteredBy = actor;
        this.enteredAt = at;
    }

    /** The same blast in another revision (a correction), keeping who listed it and when. */
    ReportBlast copyTo(MonthlyReport other) {
        return new ReportBlast(other, date, subject, channel, enteredBy, enteredAt);
    }

    public Long getId() { return id; }
    public LocalDate getDate() { return date; }
    public String getSubject() { return subject; }
    public BlastChannel getChannel() { return channel; }
    public Instant getEnteredAt() { return enteredAt; }
    public String getEnteredBy() { return enteredBy; }
}
