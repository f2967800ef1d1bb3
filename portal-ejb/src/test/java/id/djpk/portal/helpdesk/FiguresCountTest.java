package id.djpk.portal.helpdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.djpk.portal.reference.TimeZoneCode;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The month's figures from a small, known set of counts, as the aggregate queries return them. */
class FiguresCountTest {

    static FiguresCount.Group group(Channel channel, UserCategory category, TimeZoneCode zone, HoursVerdict verdict,
            String unit, long count, long escalated, long scoreSum, long scores) {
        return new FiguresCount.Group(channel, category, zone, verdict, unit, count, escalated, scoreSum, scores);
    }

    /**
     * Five tickets: two WhatsApp Pemda 32.73 (WIB, one inside and one outside hours, both escalated to DTU, scored
     * 120 and 80), an e-mail Pemda 91.71 (WIT, outside, not escalated), a phone call of an academic from an
     * unknown region, a web form without category (WITA, inside, escalated to DTK, not answered yet).
     */
    static FiguresCount.Counts fiveTickets() {
        return new FiguresCount.Counts(List.of(
                group(Channel.WHATSAPP, UserCategory.PEMDA, TimeZoneCode.WIB, HoursVerdict.INSIDE, "DTU", 1, 1, 120, 1),
                group(Channel.WHATSAPP, UserCategory.PEMDA, TimeZoneCode.WIB, HoursVerdict.OUTSIDE, "DTU", 1, 1, 80, 1),
                group(Channel.EMAIL, UserCategory.PEMDA, TimeZoneCode.WIT, HoursVerdict.OUTSIDE, null, 1, 0, 0, 0),
                group(Channel.TELEPON, UserCategory.AKADEMISI, null, HoursVerdict.UNIDENTIFIED, null, 1, 0, 0, 0),
                group(Channel.WEB_FORM, null, TimeZoneCode.WITA, HoursVerdict.INSIDE, "DTK", 1, 1, 0, 0)),
                Map.of("DAU", 2L, "DBH", 1L, "PDRD", 1L),
                Map.of("32.73", 2L, "91.71", 1L),
                Map.of("32.73", Map.of("DBH", 1L, "DAU", 2L), "91.71", Map.of("PDRD", 1L)),
                List.of(new FiguresCount.Rated("agent", 8, 2, 7, 2, 2, 2)));
    }

    @Test
    void countsTheMonth() {
        HelpdeskFigures f = FiguresCount.count(YearMonth.of(2024, 5), fiveTickets(), Map.of("DAU", 2L));

        assertEquals(5, f.total());
        assertEquals(2, f.byChannel().get("WHATSAPP"));
        assertEquals(0, f.byChannel().get("CHATBOT"), "a channel nobody used counts 0");
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
        assertEquals(List.of("DAU", "DBH"), List.copyOf(f.topPemda().get(0).topics().keySet()), "most asked first");
        HelpdeskFigures.Satisfaction s = f.satisfaction().get("agent");
        assertEquals(new HelpdeskFigures.Satisfaction(4.0, 3.5, 2, 2), s);
        assertFalse(s.enoughRatings());
        assertTrue(s.meetsTarget());
        assertEquals(Map.of("DAU", 2L), f.kbNeedingReview());
    }

    @Test
    void aMonthWithoutTicketsIsAllZeros() {
        HelpdeskFigures f = FiguresCount.count(YearMonth.of(2001, 1),
                new FiguresCount.Counts(List.of(), Map.of(), Map.of(), Map.of(), List.of()), Map.of());
        assertEquals(0, f.total());
        assertEquals(0, f.byChannel().get("WHATSAPP"));
        assertEquals(new HelpdeskFigures.InOut(0, 0), f.serviceHours().get(TimeZoneCode.WIB));
        assertEquals(new HelpdeskFigures.Escalation(0, 0, 0), f.escalated());
        assertTrue(f.l2Units().isEmpty());
        assertTrue(f.topPemda().isEmpty());
    }

    @Test
    void unitsRankByAverageThenCountThenName() {
        FiguresCount.Counts c = new FiguresCount.Counts(List.of(
                group(Channel.EMAIL, UserCategory.KL, TimeZoneCode.WIB, HoursVerdict.INSIDE, "P2D", 2, 2, 200, 2),
                group(Channel.EMAIL, UserCategory.KL, TimeZoneCode.WIB, HoursVerdict.INSIDE, "DTK", 3, 3, 300, 3),
                group(Channel.EMAIL, UserCategory.KL, TimeZoneCode.WIB, HoursVerdict.INSIDE, "DTU", 1, 1, 120, 1),
                group(Channel.EMAIL, UserCategory.KL, TimeZoneCode.WIB, HoursVerdict.INSIDE, "PDRD", 2, 2, 200, 2)),
                Map.of(), Map.of(), Map.of(), List.of());
        HelpdeskFigures f = FiguresCount.count(YearMonth.of(2024, 5), c, Map.of());
        assertEquals(List.of("DTU", "DTK", "P2D", "PDRD"), List.copyOf(f.l2Units().keySet()));
    }

    @Test
    void topFivePemdaTiesByRegionCode() {
        Map<String, Long> pemda = Map.of("11.01", 3L, "12.75", 3L, "32.73", 9L, "35.78", 1L, "51.71", 3L,
                "64.72", 3L, "73.71", 2L);
        assertEquals(List.of("32.73", "11.01", "12.75", "51.71", "64.72"), FiguresCount.topPemda(pemda));
    }

    @Test
    void averageToTwoDecimals() {
        assertEquals(3.67, FiguresCount.average(11, 3));
        assertNull(FiguresCount.average(0, 0));
    }
}
