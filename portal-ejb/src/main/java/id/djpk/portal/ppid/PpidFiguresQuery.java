package id.djpk.portal.ppid;

import id.djpk.portal.calendar.CalendarService;
import id.djpk.portal.system.OfficeClock;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The PPID's figures of a month, for its report page, the API and the monthly report. Read only. */
@Stateless
public class PpidFiguresQuery {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private CalendarService calendar;

    @Inject
    private OfficeClock clock;

    public PpidFigures figures(YearMonth month) {
        PpidDeadlines deadlines = deadlines();
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        LocalDate today = clock.today();
        long received = count("InformationRequest.receivedBetween", first, last);
        long yearToDate = count("InformationRequest.receivedBetween", LocalDate.of(month.getYear(), 1, 1), last);

        Map<Decision, Long> decided = new EnumMap<>(Decision.class);
        for (Decision d : Decision.values()) {
            decided.put(d, 0L);
        }
        long totalDays = 0;
        List<Object[]> decisions = em.createNamedQuery("InformationRequest.decidedBetween", Object[].class)
                .setParameter("from", first).setParameter("to", last).getResultList();
        for (Object[] r : decisions) {
            decided.merge((Decision) r[0], 1L, Long::sum);
            totalDays += deadlines.daysTaken((LocalDate) r[1], (LocalDate) r[2]);
        }
        Double average = decisions.isEmpty() ? null : (double) totalDays / decisions.size();

        long overdue = em.createNamedQuery("InformationRequest.dueBetween", Object[].class)
                .setParameter("from", first).setParameter("to", last).getResultStream()
                .filter(r -> r[1] != null ? ((LocalDate) r[1]).isAfter((LocalDate) r[0]) : today.isAfter((LocalDate) r[0]))
                .count();

        long objections = count("InformationRequest.objectedBetween", first, last);
        Map<ObjectionOutcome, Long> outcomes = new EnumMap<>(ObjectionOutcome.class);
        for (ObjectionOutcome o : ObjectionOutcome.values()) {
            outcomes.put(o, 0L);
        }
        em.createNamedQuery("InformationRequest.objectionDecidedBetween", Object[].class)
                .setParameter("from", clock.startOf(first))
                .setParameter("to", clock.startOf(last.plusDays(1)))
                .getResultList().forEach(r -> outcomes.merge((ObjectionOutcome) r[0], ((Number) r[1]).longValue(), Long::sum));
        Map<String, Long> topics = new java.util.TreeMap<>();
        for (Object[] row : em.createNamedQuery("InformationRequest.topicsBetween", Object[].class)
                .setParameter("from", first).setParameter("to", last).getResultList()) {
            topics.merge(row[0] == null ? PpidFigures.UNCLASSIFIED : (String) row[0], (Long) row[1], Long::sum);
        }
        return new PpidFigures(month, received, yearToDate, decided, average, overdue, objections, outcomes, topics);
    }

    /**
     * Requests received per month from {@code from} to {@code to} (by day of receipt, as {@link #figures} counts
     * them), every month present (0 when none): the report's chart of the year. One grouped count.
     */
    public Map<YearMonth, Long> receivedPerMonth(YearMonth from, YearMonth to) {
        Map<YearMonth, Long> out = new java.util.TreeMap<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            out.put(m, 0L);
        }
        for (Object[] row : em.createNamedQuery("InformationRequest.receivedPerDay", Object[].class)
                .setParameter("from", from.atDay(1)).setParameter("to", to.atEndOfMonth()).getResultList()) {
            out.merge(YearMonth.from((LocalDate) row[0]), ((Number) row[1]).longValue(), Long::sum);
        }
        return out;
    }

    private long count(String query, LocalDate from, LocalDate to) {
        return em.createNamedQuery(query, Long.class).setParameter("from", from).setParameter("to", to).getSingleResult();
    }

    private PpidDeadlines deadlines() {
        return new PpidDeadlines(calendar.workingDays());
    }
}
