package id.djpk.portal.whatsapp;

import id.djpk.portal.report.EnteredFigures;
import id.djpk.portal.report.ReportFigureSource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The monthly report's chatbot table from the chatbot's own figures ({@link ChatbotFigures}): users per menu item
 * 1–9 under the report's codes ({@link EnteredFigures#CHATBOT_MENUS}, in the menu's order) and "Tidak
 * Dilanjutkan" from the conversations that stopped before a menu choice. From the month of the chatbot's first
 * conversation; the months before keep what the editor typed.
 */
@Stateless
public class ChatbotReportSource implements ReportFigureSource {

    /** The report's code of menu item 1–9, in the chatbot's order. */
    static final List<String> MENU_CODES = EnteredFigures.CHATBOT_MENUS.keySet().stream()
            .filter(code -> !EnteredFigures.ABANDONED.equals(code)).toList();

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private ChatbotFigures figures;

    @Override
    public Set<String> keys() {
        Set<String> keys = new LinkedHashSet<>();
        EnteredFigures.CHATBOT_MENUS.keySet().forEach(code -> keys.add(EnteredFigures.CHATBOT_MENU + code));
        return keys;
    }

    @Override
    public Map<String, Long> values(YearMonth month) {
        ChatbotFigures.Month m = figures.of(month);
        Map<String, Long> values = new LinkedHashMap<>();
        for (int item = 1; item <= MENU_CODES.size(); item++) {
            values.put(EnteredFigures.CHATBOT_MENU + MENU_CODES.get(item - 1), m.menus().getOrDefault(item, 0L));
        }
        values.put(EnteredFigures.CHATBOT_MENU + EnteredFigures.ABANDONED, m.abandoned());
        return values;
    }

    /** From the month of the first conversation with the chatbot (office time of its first message). */
    @Override
    public java.util.Optional<YearMonth> since() {
        String first = em.createQuery("SELECT MIN(s.startedMonth) FROM BotSession s", String.class).getSingleResult();
        return java.util.Optional.ofNullable(first).map(YearMonth::parse);
    }
}
