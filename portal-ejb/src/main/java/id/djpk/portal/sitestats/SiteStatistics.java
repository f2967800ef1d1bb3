package id.djpk.portal.sitestats;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
        record(day, viewsByPath, visitorHashes, Map.of());
    }

    /**
     * Adds a batch of counts collected by one instance, with the titles of the pages as rendered in Bahasa
     * Indonesia that day (a page's latest title replaces the one kept; a blank one is ignored).
     */
    public void record(LocalDate day, Map<String, Long> viewsByPath, Collection<String> visitorHashes,
                       Map<String, String> titlesByPath) {
        titlesByPath.forEach((path, title) -> {
            if (title == null || title.isBlank()) {
                return;
            }
            PageTitle known = em.find(PageTitle.class, path);
            if (known == null) {
                em.persist(new PageTitle(path, title, day));
            } else if (!known.getTitle().equals(PageTitle.cut(title)) && !day.isBefore(known.getSeenOn())) {
                known.see(title, day);
            }
        });
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

    /**
     * Visitors and page views of each month from {@code from} to {@code to} (months without counts give zeros), in
     * two grouped queries over the days of the range.
     */
    public Map<YearMonth, MonthlyTraffic.Totals> totals(YearMonth from, YearMonth to) {
        LocalDate first = from.atDay(1);
        LocalDate last = to.atEndOfMonth();
        Map<YearMonth, long[]> sums = new java.util.TreeMap<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            sums.put(m, new long[2]);
        }
        for (Object[] r : em.createQuery("SELECT v.day, COUNT(v) FROM VisitorDaily v WHERE v.day BETWEEN :from AND :to "
                + "GROUP BY v.day", Object[].class).setParameter("from", first).setParameter("to", last).getResultList()) {
            sums.get(YearMonth.from((LocalDate) r[0]))[0] += ((Number) r[1]).longValue();
        }
        for (Object[] r : em.createQuery("SELECT p.day, SUM(p.views) FROM PageViewDaily p WHERE p.day BETWEEN :from AND :to "
                + "GROUP BY p.day", Object[].class).setParameter("from", first).setParameter("to", last).getResultList()) {
            sums.get(YearMonth.from((LocalDate) r[0]))[1] += ((Number) r[1]).longValue();
        }
        Map<YearMonth, MonthlyTraffic.Totals> out = new java.util.LinkedHashMap<>();
        sums.forEach((m, n) -> out.put(m, new MonthlyTraffic.Totals(n[0], n[1])));
        return out;
    }

    public MonthlyTraffic month(YearMonth month, int topN) {
        LocalDate from = month.atDay(1);
        LocalDate to = month.atEndOfMonth();
        long visitors = em.createQuery("SELECT COUNT(v) FROM VisitorDaily v WHERE v.day BETWEEN :from AND :to", Long.class)
                .setParameter("from", from).setParameter("to", to).getSingleResult();
        Long views = em.createQuery("SELECT SUM(p.views) FROM PageViewDaily p WHERE p.day BETWEEN :from AND :to", Long.class)
                .setParameter("from", from).setParameter("to", to).getSingleResult();
        List<Object[]> top = em.createQuery("SELECT p.path, SUM(p.views) FROM PageViewDaily p "
                        + "WHERE p.day BETWEEN :from AND :to GROUP BY p.path ORDER BY SUM(p.views) DESC, p.path", Object[].class)
                .setParameter("from", from).setParameter("to", to).setMaxResults(topN).getResultList();
        Map<String, String> titles = top.isEmpty() ? Map.of() : em.createQuery(
                        "SELECT t FROM PageTitle t WHERE t.path IN :paths", PageTitle.class)
                .setParameter("paths", top.stream().map(r -> (String) r[0]).toList()).getResultList().stream()
                .collect(Collectors.toMap(PageTitle::getPath, PageTitle::getTitle));
        return new MonthlyTraffic(month, visitors, views == null ? 0 : views, top.stream()
                .map(r -> new MonthlyTraffic.PageCount((String) r[0], titles.get((String) r[0]), ((Number) r[1]).longValue()))
                .toList());
    }
}
