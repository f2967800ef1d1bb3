package id.djpk.portal.system;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.function.IntFunction;

/**
 * Creates a numbering series' row for a year in a transaction of its own, so that the first numbers of a year taken
 * at the same moment do not fail: one creation commits, the others fail on the primary key in their own transaction
 * (which the caller ignores), and every caller then locks the one row. See {@link YearlyCounter#next}.
 */
@Stateless
public class CounterYears {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /** The row of {@code year} exists when this returns normally; an exception means another caller created it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public <C extends YearlyCounter> void ensure(Class<C> type, IntFunction<C> create, int year) {
        if (em.find(type, year) == null) {
            em.persist(create.apply(year));
            em.flush();
        }
    }
}
