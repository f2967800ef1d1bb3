package id.djpk.portal.whatsapp;

import id.djpk.portal.system.OfficeClock;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;

/**
 * The chatbot's figures of a month (the report's chatbot table, {@code GET /portal/api/stats/chatbot}): counted in
 * the office month of the messages' own timestamps, so a late webhook or a replayed history lands in its month.
 * A user counts once per month per menu item chosen; a conversation that never reached a menu choice and has been
 * silent for 30 minutes is "Tidak Dilanjutkan".
 */
@Stateless
public class ChatbotFigures {

    public record Month(YearMonth month, long conversations, long users, Map<Integer, Long> menus, long abandoned,
            long handedOver) implements Serializable {
    }

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private OfficeClock clock;

    public Month of(YearMonth month) {
        String m = month.toString();
        long conversations = count("SELECT COUNT(s) FROM BotSession s WHERE s.startedMonth = :m", m);
        long users = count("SELECT COUNT(DISTINCT s.waId) FROM BotSession s WHERE s.startedMonth = :m", m);
        long handedOver = count("SELECT COUNT(s) FROM BotSession s WHERE s.startedMonth = :m AND s.handedOver = :yes", m);
        long abandoned = em.createQuery("SELECT COUNT(s) FROM BotSession s WHERE s.startedMonth = :m AND s.menuChosen = :no "
                + "AND s.lastAt < :silentSince", Long.class).setParameter("m", m).setParameter("no", Boolean.FALSE)
                .setParameter("silentSince", clock.now().minus(BotSession.PAUSE)).getSingleResult();
        Map<Integer, Long> menus = new TreeMap<>();
        for (int i = 1; i <= Chatbot.AGENT_ITEM; i++) {
            menus.put(i, 0L);
        }
        for (Object[] row : em.createQuery("SELECT c.item, COUNT(DISTINCT c.waId) FROM MenuChoice c WHERE c.chosenMonth = :m "
                + "GROUP BY c.item", Object[].class).setParameter("m", m).getResultList()) {
            menus.put(((Number) row[0]).intValue(), ((Number) row[1]).longValue());
        }
        return new Month(month, conversations, users, menus, abandoned, handedOver);
    }

    private long count(String jpql, String month) {
        var q = em.createQuery(jpql, Long.class).setParameter("m", month);
        if (jpql.contains(":yes")) {
            q.setParameter("yes", Boolean.TRUE);
        }
        return q.getSingleResult();
    }
}
