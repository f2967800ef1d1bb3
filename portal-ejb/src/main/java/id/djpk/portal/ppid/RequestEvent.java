package id.djpk.portal.ppid;

import id.djpk.portal.system.TimelineEvent;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

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

    /**
     * The note as a person reads it. The note keeps codes (a decision, an objection ground or outcome, "due" and the
     * ISO due date of the receipt), stable in the database and the API; each page words them in its language:
     * {@code label} names a code, {@code due} writes the receipt's due date ("tenggat 18 Desember 2026"). Free text
     * (an extension's reason) and notes of older forms are returned as written.
     */
    public String noteText(Function<Enum<?>, String> label, Function<LocalDate, String> due) {
        String note = getNote();
        if (note == null || note.isBlank()) {
            return "";
        }
        try {
            return switch (kind) {
                case RECEIVED -> note.startsWith(DUE) ? due.apply(LocalDate.parse(note.substring(DUE.length()).strip())) : note;
                case DECIDED -> label.apply(Decision.valueOf(note));
                case OBJECTION_FILED -> label.apply(ObjectionGround.valueOf(note));
                case OBJECTION_DECIDED -> label.apply(ObjectionOutcome.valueOf(note));
                case EXTENDED -> note;
            };
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return note;
        }
    }

    /** How the receipt's note starts: "due 2026-12-18". */
    static final String DUE = "due ";

    @Override
    public String kindName() { return kind.name(); }
}
