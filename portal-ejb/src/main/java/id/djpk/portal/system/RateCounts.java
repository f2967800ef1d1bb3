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
import java.util.Optional;

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
    /** How often {@link #take} tries again when another request was writing the window's row at the same moment. */
    private static final int RACE_ATTEMPTS = 3;

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

    /**
     * The outcome of {@link #take}: whether the hit was within the allowance (and counted), and the window it fell in
     * (for {@code Retry-After} when it was not).
     */
    public record Taken(boolean counted, Window window) {
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
            if (!open(series, key, w)) {
                // another request (or instance) wrote the window's row first: count on it
                raise(series, key, w);
            }
        }
        return new Count(hits(series, key, w), w);
    }

    /**
     * Counts one hit if fewer than {@code max} were counted in the window so far, and says whether it did: a hit over
     * the allowance is not counted (the row stays at {@code max}, which a window's refusals need no more than). While
     * the window's row exists and has room this is one statement, a conditional update that the database applies to
     * the row under its lock, so requests at once (on any instance) never count more than {@code max}. The count is
     * read only when that update changed nothing: the allowance is used up, or the window has no row yet (this request
     * writes it), or another request is writing it at this moment (this one then takes from that row, and passes
     * uncounted if the row is still not to be seen: a window's first requests are never refused for their race).
     */
    public Taken take(String series, String subject, Duration length, int max) {
        String key = key(subject);
        Window w = Window.holding(clock.now(), length);
        if (max <= 0) {
            return new Taken(false, w);
        }
        for (int attempt = 0; attempt < RACE_ATTEMPTS; attempt++) {
            if (take(series, key, w, max) == 1) {
                return new Taken(true, w);
            }
            Optional<Integer> hits = row(series, key, w);
            if (hits.isPresent() && hits.get() >= max) {
                return new Taken(false, w);
            }
            if (hits.isEmpty() && open(series, key, w)) {
                return new Taken(true, w);
            }
            // the row was written by another request between these statements, or is being written: take from it
        }
        return new Taken(true, w);
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

    /** {@link #open(String, String, Instant)} through the container (a transaction of its own); false when it lost. */
    private boolean open(String series, String key, Window w) {
        try {
            return context.getBusinessObject(RateCounts.class).open(series, key, w.start());
        } catch (EJBException | PersistenceException e) {
            return false;
        }
    }

    private int raise(String series, String key, Window w) {
        return em.createNamedQuery("RateCount.raise").setParameter("series", series).setParameter("subject", key)
                .setParameter("start", w.start()).executeUpdate();
    }

    private int take(String series, String key, Window w, int max) {
        return em.createNamedQuery("RateCount.take").setParameter("series", series).setParameter("subject", key)
                .setParameter("start", w.start()).setParameter("max", max).executeUpdate();
    }

    private int hits(String series, String key, Window w) {
        return row(series, key, w).orElse(0);
    }

    /** The window's count, empty while it has no row (or none this transaction can see yet). */
    private Optional<Integer> row(String series, String key, Window w) {
        return em.createNamedQuery("RateCount.hits", Integer.class).setParameter("series", series)
                .setParameter("subject", key).setParameter("start", w.start()).getResultStream().findFirst();
    }

    private static String key(String subject) {
        String s = subject == null ? "" : subject;
        return s.length() <= MAX_SUBJECT ? s : s.substring(0, MAX_SUBJECT);
    }
}
