package id.djpk.portal.visit;

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

/** One step in a booking's timeline; public steps are shown on the status page. Never changed. */
@Entity
@Table(name = "visit_event")
public class VisitEvent implements Serializable {

    public enum Kind { RECEIVED, CONFIRMED, RESCHEDULED, CANCELLED, CHECKED_IN, NO_SHOW, MINUTES }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "visit_id")
    private Visit visit;
    private Instant at;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private String actor;
    @Column(name = "public_event")
    private boolean publicEvent;
    private String note;

    protected VisitEvent() {
    }

    VisitEvent(Visit visit, Instant at, Kind kind, String actor, boolean publicEvent, String note) {
        this.visit = visit;
        this.at = at;
        this.kind = kind;
        this.actor = actor;
        this.publicEvent = publicEvent;
        this.note = note;
    }

    public Long getId() { return id; }
    public Instant getAt() { return at; }
    public Kind getKind() { return kind; }
    public String getActor() { return actor; }
    public boolean isPublicEvent() { return publicEvent; }
    public String getNote() { return note; }
}
