package id.djpk.portal.ppid;

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

/**
 * One step in a request's timeline. Public steps are shown to the requester on the status page; the audit
 * trail keeps the staff's view. Appended by {@link InformationRequest} on every transition, never changed.
 */
@Entity
@Table(name = "ppid_event")
public class RequestEvent implements Serializable {

    public enum Kind { RECEIVED, EXTENDED, DECIDED, OBJECTION_FILED, OBJECTION_DECIDED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "request_id")
    private InformationRequest request;
    private Instant at;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private String actor;
    @Column(name = "public_event")
    private boolean publicEvent;
    private String note;

    protected RequestEvent() {
    }

    RequestEvent(InformationRequest request, Instant at, Kind kind, String actor, boolean publicEvent, String note) {
        this.request = request;
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
