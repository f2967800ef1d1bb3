package id.djpk.portal.identity;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/** The database side of sign-in throttling ({@link LoginPolicy}); used by {@link StaffDirectory#authenticate}. */
@Stateless
public class LoginCounters {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /** The latest time any of the counters makes the address wait until, or null. */
    public Instant waitUntil(List<String> keys) {
        Instant latest = null;
        for (String key : keys) {
            LoginCounter counter = em.find(LoginCounter.class, key);
            if (counter != null && counter.getWaitUntil() != null
                    && (latest == null || counter.getWaitUntil().isAfter(latest))) {
                latest = counter.getWaitUntil();
            }
        }
        return latest;
    }

    /**
     * Creates the counter if it is missing, in a transaction of its own: two instances counting the first
     * failure of a key at once cannot both insert it, and the loser just finds the winner's row.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void ensure(String key) {
        if (em.find(LoginCounter.class, key) == null) {
            em.persist(new LoginCounter(key));
            em.flush();
        }
    }

    /** Counts a failure on each counter (locked, so concurrent failures all count); the latest wait, or null. */
    public Instant failed(List<String> keys, LoginPolicy policy, Instant now) {
        em.createNamedQuery("LoginCounter.forgotten").setParameter("before", now.minus(policy.forgetAfter()))
                .executeUpdate();
        Instant latest = null;
        for (String key : keys) {
            LoginCounter counter = em.find(LoginCounter.class, key, LockModeType.PESSIMISTIC_WRITE);
            if (counter == null) {
                counter = new LoginCounter(key);
                em.persist(counter);
            }
            Instant until = counter.failed(policy, now);
            if (until != null && (latest == null || until.isAfter(latest))) {
                latest = until;
            }
        }
        return latest;
    }

    /** A successful sign-in forgets the account's failures from that address (not the address's own count). */
    public void succeeded(String key) {
        LoginCounter counter = em.find(LoginCounter.class, key);
        if (counter != null) {
            em.remove(counter);
        }
    }
}
