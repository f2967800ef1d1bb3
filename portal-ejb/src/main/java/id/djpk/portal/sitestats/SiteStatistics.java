package id.djpk.portal.sitestats;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Map;

/** Stores the counts the public site collects, and reads them back per month. */
@Stateless
public class SiteStatistics {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /** The salt of the given day, created by whichever instance asks first. Older salts are deleted. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String saltFor(LocalDate day) {
        VisitorSalt salt = em.find(VisitorSalt.class, day);
        if (salt == null) {
            em.createQuery("DELETE FROM VisitorSalt s WHERE s.day < :day").setParameter("day", day).executeUpdate();
            salt = new VisitorSalt(day, VisitorHasher.newSalt());
            em.persist(salt);
        }
        return salt.getSalt();
    }

    /** Adds a batch of counts collected by one instance. */
    public void record(LocalDate day, Map<String, Long> viewsByPath, Collection<String> visitorHashes) {
        viewsByPath.forEach((path, n) -> {
            PageViewDaily row = em.find(PageViewDaily.class, new PageViewDaily.Key(day, path));
            if (row == null) {
                em.persist(new PageViewDaily(day, path, n));
            } else {
                row.add(n);
            }
        });
        for (String hash : visitorHashes) {
            if (em.find(VisitorDaily.class, new VisitorDaily.Key(day, hash)) == null) {
                em.persist(new VisitorDaily(day, hash));
            }
        }
    }

    public MonthlyTraffic month(YearMonth month, int topN) {
        LocalDate from = month.atDay(1);
        LocalDate to = month.atEndOfMonth();
        long visitors = em.createQuery("SELECT COUNT(v) FROM VisitorDaily v WHERE v.day BETWEEN :from AND :to", Long.class)
                .setParameter("from", from).setParameter("to", to).getSingleResult();
        Long views = em.createQuery("SELECT SUM(p.views) FROM PageViewDaily p WHERE p.day BETWEEN :from AND :to", Long.class)
                .setParameter("from", from).setParameter("to", to).getSingleResult();
        var top = em.createQuery("SELECT NEW id.djpk.portal.sitestats.MonthlyTraffic.PageCount(p.path, SUM(p.views)) "
                        + "FROM PageViewDaily p WHERE p.day BETWEEN :from AND :to GROUP BY p.path ORDER BY SUM(p.views) DESC",
                        MonthlyTraffic.PageCount.class)
                .setParameter("from", from).setParameter("to", to).setMaxResults(topN).getResultList();
        return new MonthlyTraffic(month, visitors, views == null ? 0 : views, top);
    }
}
