package id.djpk.portal.visit;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.Set;

/** The two counts every step that schedules asks: the sessions taken, and a region's visits in a month. */
final class VisitQueries {

    private VisitQueries() {
    }

    static Set<Slot> taken(EntityManager em, LocalDate from, LocalDate to) {
        Set<Slot> taken = new HashSet<>();
        em.createNamedQuery("SlotClaim.between", SlotClaim.class).setParameter("from", from).setParameter("to", to)
                .getResultList().forEach(c -> taken.add(c.slot()));
        return taken;
    }

    static long scheduledInMonth(EntityManager em, String regionCode, YearMonth month) {
        return em.createNamedQuery("Visit.regionCount", Long.class).setParameter("region", regionCode)
                .setParameter("from", month.atDay(1)).setParameter("to", month.atEndOfMonth()).getSingleResult();
    }
}
