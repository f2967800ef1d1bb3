package id.djpk.portal.whatsapp;

import id.djpk.portal.report.BlastChannel;
import id.djpk.portal.report.EnteredFigures;
import id.djpk.portal.report.ReportFigureSource;
import id.djpk.portal.system.OfficeClock;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The monthly report's blasts from the blasts sent from the portal ({@link Blasts}): the month's list (the day it
 * went out, office time; its name; WhatsApp or e-mail) and its count. A blast still waiting for its time is not
 * listed. From the month of the first blast sent; the months before keep the list the editor typed.
 */
@Stateless
public class BlastReportSource implements ReportFigureSource {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private OfficeClock clock;

    @Override
    public Set<String> keys() {
        return Set.of(EnteredFigures.BLASTS);
    }

    @Override
    public Map<String, Long> values(YearMonth month) {
        return Map.of(EnteredFigures.BLASTS, (long) sent(month).size());
    }

    @Override
    public List<ListedBlast> blasts(YearMonth month) {
        return sent(month).stream().map(b -> new ListedBlast(clock.dayOf(b.getSendAt()), b.getName(),
                b.getChannel() == Blast.BlastChannel.EMAIL ? BlastChannel.EMAIL : BlastChannel.WHATSAPP)).toList();
    }

    /** From the month the first blast went out. */
    @Override
    public java.util.Optional<YearMonth> since() {
        Instant first = em.createQuery("SELECT MIN(b.sendAt) FROM Blast b WHERE b.state <> :scheduled", Instant.class)
                .setParameter("scheduled", Blast.State.SCHEDULED).getSingleResult();
        return java.util.Optional.ofNullable(first).map(clock::monthOf);
    }

    /** The blasts that went out in the month (office time), in the order they went. */
    private List<Blast> sent(YearMonth month) {
        return em.createQuery("SELECT b FROM Blast b WHERE b.state <> :scheduled AND b.sendAt >= :from AND b.sendAt < :to "
                + "ORDER BY b.sendAt, b.id", Blast.class).setParameter("scheduled", Blast.State.SCHEDULED)
                .setParameter("from", clock.startOf(month.atDay(1))).setParameter("to", clock.startOf(month.plusMonths(1).atDay(1)))
                .getResultList();
    }
}
