package id.djpk.portal.helpdesk;

import id.djpk.portal.audit.AuditTrail;
import id.djpk.portal.system.InvalidInputException;
import id.djpk.portal.system.OfficeClock;
import id.djpk.portal.system.Violation;
import jakarta.ejb.ApplicationException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Tickets forwarded by the ministry's integrated help desk HAI Kemenkeu ({@code POST /portal/api/channels/hai}):
 * a {@link Channel#HELPDESK} ticket per HAI ticket, answered to the requester by e-mail (no channel sender takes
 * HELPDESK tickets, so {@link AgentDesk#reply} mails the answer with the ticket link). HAI's own id is the ticket's
 * source reference: the same id forwarded again finds the same ticket and adds nothing, and the database's unique
 * (channel, source reference) keeps two concurrent forwards of one id from opening two tickets. A repeat is found
 * by the opening itself, in the same transaction, and rolled back ({@link ForwardedMeanwhile}), so a forward that
 * another instance committed a moment ago is answered like any repeat.
 */
@Stateless
public class HaiForwarding {

    /** The source reference of a forwarded ticket: HAI's id under a prefix no other source uses. */
    static final String SOURCE_PREFIX = "hai:";
    static final int EXTERNAL_ID_MAX = 200;
    /** How far ahead of the portal's clock HAI's {@code createdAt} may be (the two clocks are not the same). */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    /** A HAI ticket as its JSON names the fields; {@code createdAt} ISO 8601 with a zone, null for "now". */
    public record Forwarded(String externalId, String name, String email, String phone, String subject, String message,
            String createdAt) implements Serializable {
    }

    /** The portal's ticket of a HAI ticket, and whether this call opened it. */
    public record Result(String ticket, boolean created) implements Serializable {
    }

    /**
     * The id was forwarded before (a repeat, or a forward on another instance that committed a moment ago): this
     * call's work is rolled back (the message is not added to that ticket again), and the caller answers with
     * {@link #ticket()}.
     */
    @ApplicationException(rollback = true)
    public static class ForwardedMeanwhile extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String ticket;

        ForwardedMeanwhile(String ticket) {
            super("HAI ticket already forwarded as " + ticket, null, false, false);
            this.ticket = ticket;
        }

        public String ticket() {
            return ticket;
        }
    }

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private HelpdeskService helpdesk;

    @Inject
    private AuditTrail audit;

    @Inject
    private OfficeClock clock;

    /** The ticket HAI's id was forwarded as, if it was. */
    public Optional<String> find(String externalId) {
        if (externalId == null || externalId.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery("Ticket.bySource", Ticket.class).setParameter("channel", Channel.HELPDESK)
                .setParameter("ref", SOURCE_PREFIX + externalId.strip()).getResultStream().findFirst().map(Ticket::getNumber);
    }

    /**
     * Opens the HELPDESK ticket of a forwarded HAI ticket, created when HAI says it was (so it counts in that month
     * and its service hours); the requester gets the acknowledgement with the access link, as from the web form. An
     * id already forwarded throws {@link ForwardedMeanwhile} with its ticket, nothing changed. Every field is checked
     * first: a violation per field.
     */
    public Result forward(Forwarded f) {
        List<Violation> v = new ArrayList<>();
        String externalId = f.externalId() == null ? null : f.externalId().strip();
        if (externalId == null || externalId.isEmpty()) {
            v.add(Violation.of("externalId", "helpdesk.required"));
        } else if (externalId.length() > EXTERNAL_ID_MAX) {
            v.add(Violation.of("externalId", "helpdesk.tooLong", EXTERNAL_ID_MAX));
        }
        Intake intake = new Intake(Channel.HELPDESK, externalId == null ? null : SOURCE_PREFIX + externalId, f.name(),
                f.email() == null ? null : f.email().strip(), f.phone() == null ? null : f.phone().strip(), null, null, null,
                Set.of(), f.subject(), f.message(), false);
        // the answers go by e-mail, so the address is required (the other contact rule does not apply)
        if (f.email() == null || f.email().isBlank()) {
            v.add(Violation.of("email", "helpdesk.emailRequired"));
        }
        intake.violations().stream().filter(x -> !"helpdesk.contactRequired".equals(x.key())).forEach(v::add);
        Instant now = clock.now();
        Instant at = now;
        if (f.createdAt() != null && !f.createdAt().isBlank()) {
            try {
                at = OffsetDateTime.parse(f.createdAt().strip()).toInstant();
                if (at.isAfter(now.plus(CLOCK_SKEW))) {
                    v.add(Violation.of("createdAt", "hai.createdAtFuture"));
                } else if (at.isAfter(now)) {
                    at = now;
                }
            } catch (DateTimeParseException e) {
                v.add(Violation.of("createdAt", "hai.createdAtInvalid"));
            }
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        Opened opened = helpdesk.open(intake, audit.currentActor(), at);
        if (opened.accessCode() == null) {
            // the open found the ticket of this source (a repeat, or a forward that committed on another instance
            // a moment ago) and added the message to it: undone, the caller answers with that ticket
            throw new ForwardedMeanwhile(opened.number());
        }
        // written now, so that a concurrent forward of the same id fails here, inside this call, on the unique key
        em.flush();
        return new Result(opened.number(), true);
    }
}
