package id.djpk.portal.helpdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.djpk.portal.reference.TimeZoneCode;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The month's figures counted from a small, known set of tickets. */
class FiguresCountTest {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    static final Instant AT = Instant.parse("2024-05-02T03:00:00Z");

    static Ticket ticket(Contact who, Channel channel, UserCategory category, String region, TimeZoneCode zone,
            HoursVerdict verdict, String... topics) {
        Intake in = new Intake(channel, null, who.getName(), who.getEmail(), null, region, null, category, Set.of(topics),
                "Pertanyaan", "Isi", false);
        return new Ticket("TIK-2024-000001", "-", in, who, AT, WIB, zone, verdict);
    }

    @Test
    void countsTheMonth() {
        Contact a = new Contact("A", "a@example.id", null, AT);
        Contact b = new Contact("B", "b@example.id", null, AT);
        List<Ticket> tickets = new ArrayList<>();
        Ticket t1 = ticket(a, Channel.WHATSAPP, UserCategory.PEMDA, "32.73", TimeZoneCode.WIB, HoursVerdict.INSIDE, "DAU");
        t1.history("agent", AT, AT, "DTU", AT.plusSeconds(3600), 120, AT.plusSeconds(7200), 5, 4);
        Ticket t2 = ticket(a, Channel.WHATSAPP, UserCategory.PEMDA, "32.73", TimeZoneCode.WIB, HoursVerdict.OUTSIDE, "DAU", "DBH");
        t2.history("agent", AT, AT, "DTU", AT.plusSeconds(86_400 * 5), 80, null, null, null);
        Ticket t3 = ticket(b, Channel.EMAIL, UserCategory.PEMDA, "91.71", TimeZoneCode.WIT, HoursVerdict.OUTSIDE, "PDRD");
        t3.history("agent", AT, null, null, null, null, AT.plusSeconds(600), 3, 3);
        Ticket t4 = ticket(b, Channel.TELEPON, UserCategory.AKADEMISI, null, null, HoursVerdict.UNIDENTIFIED);
        Ticket t5 = ticket(b, Channel.WEB_FORM, null, "91.71", TimeZoneCode.WITA, HoursVerdict.INSIDE);
        t5.history("agent", AT, AT, "DTK", null, null, null, null, null);
        tickets.addAll(List.of(t1, t2, t3, t4, t5));

        HelpdeskFigures f = FiguresCount.count(YearMonth.of(2024, 5), tickets, Map.of("DAU", 2L));

        assertEquals(5, f.total());
        assertEquals(2, f.byChannel().get("WHATSAPP"));
        assertEquals(0, f.byChannel().get("CHATBOT"));
        assertEquals(3, f.byCategory().get("PEMDA"));
        assertEquals(0, f.byCategory().get("KL"));
        assertEquals(Map.of("DAU", 2L, "DBH", 1L, "PDRD", 1L), f.byTopic());
        assertEquals(new HelpdeskFigures.InOut(1, 1), f.serviceHours().get(TimeZoneCode.WIB));
        assertEquals(new HelpdeskFigures.InOut(0, 1), f.serviceHours().get(TimeZoneCode.WIT));
        assertEquals(new HelpdeskFigures.InOut(1, 0), f.serviceHours().get(TimeZoneCode.WITA));
        assertEquals(1, f.unidentified());
        assertEquals(new HelpdeskFigures.Escalation(3, 2, 1), f.escalated());
        // DTU: 120 and 80; DTK escalated but not answered yet
        assertEquals(new HelpdeskFigures.UnitScore(2, 100.0), f.l2Units().get("DTU"));
        assertEquals(new HelpdeskFigures.UnitScore(1, null), f.l2Units().get("DTK"));
        assertEquals(List.of("DTU", "DTK"), List.copyOf(f.l2Units().keySet()), "ranked by average score");
        assertEquals(2, f.topPemda().size());
        assertEquals("32.73", f.topPemda().get(0).regionCode());
        assertEquals(2, f.topPemda().get(0).count());
        assertEquals(List.of("DAU", "DBH"), List.copyOf(f.topPemda().get(0).topics().keySet()));
        HelpdeskFigures.Satisfaction s = f.satisfaction().get("agent");
        assertEquals(new HelpdeskFigures.Satisfaction(4.0, 3.5, 2, 2), s);
        assertFalse(s.enoughRatings());
        assertTrue(s.meetsTarget());
        assertEquals(Map.of("DAU", 2L), f.kbNeedingReview());
    }

    @Test
    void averageToTwoDecimals() {
        assertEquals(3.67, FiguresCount.average(List.of(3, 4, 4), i -> i));
        assertNull(FiguresCount.average(List.<Integer>of(), i -> i));
    }
}
