package id.djpk.portal.lapor;

import id.djpk.portal.system.TimelineEvent;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step of a submission's history, appended by {@link LaporSubmission} on every transition. */
@Entity
@Table(name = "lapor_event")
public class LaporEvent extends TimelineEvent {

    private static final long serialVersionUID = 1L;

    /** What happened: the statuses a submission passes through, and a region's correction after a return. */
    public enum Kind { RECEIVED, IN_REVIEW, ACCEPTED, RETURNED, CORRECTED, SUPERSEDED }

    @ManyToOne(optional = false)
    @JoinColumn(name = "submission_id")
    private LaporSubmission submission;
    @Enumerated(EnumType.STRING)
    private Kind kind;

    protected LaporEvent() {
    }

    LaporEvent(LaporSubmission submission, Instant at, Kind kind, String actor, String note) {
        super(at, actor, true, note);
        this.submission = submission;
        this.kind = kind;
    }

    public Kind getKind() { return kind; }

    @Override
    public String kindName() { return kind.name(); }
}
