package id.djpk.portal.system;

import id.djpk.portal.audit.AuditTrail;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The limit on guessing access codes: after {@code portal.access.max-failures} (10) wrong codes for one number
 * within {@code portal.access.window} (an hour), that number opens for no one, not even with the right code,
 * until the oldest of those failures is an hour old. Counted in the database, so every public-site instance
 * shares the count. The number is counted as typed (normalised), whether or not it exists: a caller cannot
 * tell an unknown number from a known one by when the limit starts.
 */
@Stateless
public class AccessAttempts {

    /** What a number belongs to; each kind counts apart. */
    public enum Kind { PPID, VISIT, TICKET, LAPOR }

    private static final int MAX_SUBJECT = 60;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private OfficeClock clock;

    // through the container, so that failed(…) gets its own transaction
    @Resource
    private SessionContext context;

    @Inject
    @ConfigProperty(name = "portal.access.max-failures", defaultValue = "10")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "portal.access.window", defaultValue = "PT1H")
    Duration window;

    /**
     * Looks up what a number and a code open, refusing while the number is blocked and counting the lookup
     * as a failure when it finds nothing (wrong code or unknown number alike).
     */
    public <T> Optional<T> guard(Kind kind, String subject, Supplier<Optional<T>> lookUp) {
        check(kind, subject);
        Optional<T> found = lookUp.get();
        if (found.isEmpty()) {
            context.getBusinessObject(AccessAttempts.class).failed(kind, subject);
        }
        return found;
    }

    /** Refuses with {@link TooManyAttemptsException} while the number is blocked. */
    public void check(Kind kind, String subject) {
        Instant now = clock.now();
        List<Instant> recent = recent(kind, key(subject), now);
        if (recent.size() >= maxFailures) {
            throw new TooManyAttemptsException(recent.get(recent.size() - maxFailures).plus(window), now);
        }
    }

    /**
     * Records a wrong code in a transaction of its own: it counts even when the caller then refuses and rolls
     * back (an objection or a reply with a wrong code).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(Kind kind, String subject) {
        String key = key(subject);
        Instant now = clock.now();
        em.createNamedQuery("AccessFailure.forgetBefore").setParameter("kind", kind.name())
                .setParameter("subject", key).setParameter("before", now.minus(window)).executeUpdate();
        em.persist(new AccessFailure(kind.name(), key, now));
        if (recent(kind, key, now).size() == maxFailures) {
            audit.recordAs(AuditTrail.PUBLIC, "ACCESS_BLOCKED", kind.name(), key,
                    maxFailures + " wrong access codes within " + window);
        }
    }

    private List<Instant> recent(Kind kind, String key, Instant now) {
        return em.createNamedQuery("AccessFailure.since", AccessFailure.class).setParameter("kind", kind.name())
                .setParameter("subject", key).setParameter("since", now.minus(window)).getResultStream()
                .map(AccessFailure::getFailedAt).toList();
    }

    /** The number as the capability normalised it; anything odd is cut to the column's size. */
    private static String key(String subject) {
        String s = subject == null ? "" : subject.strip().toUpperCase(Locale.ROOT);
        return s.length() <= MAX_SUBJECT ? s : s.substring(0, MAX_SUBJECT);
    }
}
