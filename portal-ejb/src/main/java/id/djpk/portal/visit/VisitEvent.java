package id.djpk.portal.visit;

import id.djpk.portal.system.TimelineEvent;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final Pattern SLOT = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?: #(\\d))?");
    private static final Pattern ARRIVED = Pattern.compile("(\\d+) arrived, (\\d+) admitted(?:, breach of E\\.3\\.c\\.6 \\(allowed (\\d+)\\))?(?:; late: (.*))?", Pattern.DOTALL);

    /**
     * The note as a person reads it. Notes keep the stored forms ("2026-12-10 #1", "3 arrived, 2 admitted"), stable
     * in the database and the API; each page words them: {@code day} writes a date, {@code session} a session by its
     * number, {@code text} a message by key and arguments ({@code visit.note.arrived}: arrived, admitted;
     * {@code visit.note.breach}: allowed; {@code visit.note.late}: the desk's reason). Other text is returned as written.
     */
    public String noteText(Function<LocalDate, String> day, IntFunction<String> session,
            BiFunction<String, Object[], String> text) {
        String note = getNote();
        if (note == null || note.isBlank()) {
            return "";
        }
        Matcher arrived = ARRIVED.matcher(note);
        if (kind == Kind.CHECKED_IN && arrived.matches()) {
            String words = text.apply("visit.note.arrived", new Object[] {arrived.group(1), arrived.group(2)});
            words = arrived.group(3) == null ? words : words + "; " + text.apply("visit.note.breach", new Object[] {arrived.group(3)});
            return arrived.group(4) == null ? words : words + "; " + text.apply("visit.note.late", new Object[] {arrived.group(4)});
        }
        Matcher m = SLOT.matcher(note.replace(" -> ", " → "));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String when = day.apply(LocalDate.parse(m.group(1))) + (m.group(2) == null ? "" : ", " + session.apply(Integer.parseInt(m.group(2))));
            m.appendReplacement(out, Matcher.quoteReplacement(when));
        }
        m.appendTail(out);
        return out.toString();
    }

    @Override
    public String kindName() { return kind.name(); }
}
