package id.djpk.portal.system;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Duration;
import java.time.Instant;

/**
 * Counts of what one subject (a client address, as {@link ClientAddress#counted} gives it) did in one series within
 * a fixed window (an hour's windows start on the hour, a minute's on the minute), in the database: every instance
 * counts alike and a restart forgets nothing. The public site's limits ({@code site.web.SubmissionLimit}) ask it.
 * A window is fixed, not sliding: an address may use one window's allowance at its end and the next one's at once,
 * twice the allowance in a short while at most, which a limit against scripts can bear; in return a count is one
 * row and one statement.
 */
@Stateless
public class RateCounts {

    private static final int MAX_SUBJECT = 64;
    /** Rows of older windows are deleted whenever a new window's row is written. */
    private static final Duration KEPT = Duration.ofDays(1);

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private OfficeClock clock;

    // through the container, so that open(…) gets its own transaction
    @Resource
    private SessionContext context;

    /** The fixed window of {@code length} that holds {@code now}. */
    public record Window(Instant start, Instant end) {

        static Window holding(Instant now, Duration length) {
            long seconds = length.toSeconds();
            Instant start = Instant.ofEpochSecond(Math.floorDiv(now.getEpochSecond(), seconds) * seconds);
            return new Window(start, start.plus(length));
        }

        /** Whole seconds until the window ends, at least 1 (for {@code Retry-After}). */
        public long secondsLeft(Instant now) {
            return Math.max(1, (Duration.between(now, end).toMillis() + 999) / 1000);
        }
    }

    /** The hits of a series by a subject in the window that holds the office clock's now. */
    public record Count(int hits, Window window) {
    }

    /** The count so far, without adding to it. */
    public Count current(String series, String subject, Duration length) {
        Window w = Window.holding(clock.now(), length);
        return new Count(hits(series, key(subject), w), w);
    }

    /** Adds one hit and answers the count with it. */
    public Count raise(String series, String subject, Duration length) {
        String key = key(subject);
        Window w = Window.holding(clock.now(), length);
        if (raise(series, key, w) == 0) {
            boolean opened;
            try {
                opened = context.getBusinessObject(RateCounts.class).open(series, key, w.start());
            } catch (EJBException | PersistenceException e) {
                opened = false;
            }
            if (!opened) {
                // another request (or instance) wrote the window's row first: count on it
                raise(series, key, w);
            }
        }
        return new Count(hits(series, key, w), w);
    }

    /**
     * The window's row with its first hit, in a transaction of its own so that a lost race costs nothing else. False
     * when another request (or instance) wrote that row first: the race is expected under load, so it rolls back
     * quietly instead of leaving the container to log a system exception with its stack trace for each one.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean open(String series, String key, Instant start) {
        em.createNamedQuery("RateCount.forgetBefore").setParameter("before", start.minus(KEPT)).executeUpdate();
        try {
            em.persist(new RateCount(series, key, start));
            em.flush();
            return true;
        } catch (PersistenceException e) {
            context.setRollbackOnly();
            return false;
        }
    }

    private int raise(String series, String key, Window w) {
        return em.createNamedQuery("RateCount.raise").setParameter("series", series).setParameter("subject", key)
                .setParameter("start", w.start()).executeUpdate();
    }

    private int hits(String series, String key, Window w) {
        return em.createNamedQuery("RateCount.hits", Integer.class).setParameter("series", series)
                .setParameter("subject", key).setParameter("start", w.start()).getResultStream().findFirst().orElse(0);
    }

    private static String key(String subject) {
        String s = subject == null ? "" : subject;
        return s.length() <= MAX_SUBJECT ? s : s.substring(0, MAX_SUBJECT);
    }
}
