package id.djpk.portal.ppid;

import id.djpk.portal.system.TimelineEvent;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One step in a request's timeline. Public steps are shown to the requester on the status page; the audit
 * trail keeps the staff's view. Appended by {@link InformationRequest} on every transition, never changed.
 */
@Entity
@Table(name = "ppid_event")
public class RequestEvent extends TimelineEvent {

    private static final long serialVersionUID = 1L;

    public enum Kind { RECEIVED, EXTENDED, DECIDED, OBJECTION_FILED, OBJECTION_DECIDED }

    @ManyToOne(optional = false)
    @JoinColumn(name = "request_id")
    private InformationRequest request;
    @Enumerated(EnumType.STRING)
    private Kind kind;

    protected RequestEvent() {
    }

    RequestEvent(InformationRequest request, Instant at, Kind kind, String actor, boolean publicEvent, String note) {
        super(at, actor, publicEvent, note);
        this.request = request;
        this.kind = kind;
    }

    public Kind getKind() { return kind; }

    @Override
    public String kindName() { return kind.name(); }
}
