package id.djpk.portal.visit;

import id.djpk.portal.system.TimelineEvent;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step in a booking's timeline; public steps are shown on the status page. Never changed. */
@Entity
@Table(name = "visit_event")
public class VisitEvent extends TimelineEvent {

    private static final long serialVersionUID = 1L;

    public enum Kind { RECEIVED, CONFIRMED, RESCHEDULED, CANCELLED, CHECKED_IN, NO_SHOW, MINUTES }

    @ManyToOne(optional = false)
    @JoinColumn(name = "visit_id")
    private Visit visit;
    @Enumerated(EnumType.STRING)
    private Kind kind;

    protected VisitEvent() {
    }

    VisitEvent(Visit visit, Instant at, Kind kind, String actor, boolean publicEvent, String note) {
        super(at, actor, publicEvent, note);
        this.visit = visit;
        this.kind = kind;
    }

    public Kind getKind() { return kind; }

    @Override
    public String kindName() { return kind.name(); }
}
