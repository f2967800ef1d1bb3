package id.djpk.portal.system;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.io.Serializable;
import java.time.Instant;

/**
 * One step in the timeline of a case (a PPID request, a visit booking): when, what, by whom, and whether the
 * requester sees it on the status page. Appended by the case on every transition, never changed. Each capability's
 * subclass keeps its own table, its link to the case and its own kinds.
 */
@MappedSuperclass
public abstract class TimelineEvent implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    private Long id;
    private Instant at;
    private String actor;
    @Column(name = "public_event")
    private boolean publicEvent;
    private String note;

    protected TimelineEvent() {
    }

    protected TimelineEvent(Instant at, String actor, boolean publicEvent, String note) {
        this.at = at;
        this.actor = actor;
        this.publicEvent = publicEvent;
        this.note = note;
    }

    public Long getId() { return id; }
    public Instant getAt() { return at; }
    public String getActor() { return actor; }
    public boolean isPublicEvent() { return publicEvent; }
    public String getNote() { return note; }

    /** The kind of event as its enum constant's name (the key of its label and of the API's {@code event}). */
    public abstract String kindName();
}
