package id.djpk.portal.report;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.djpk.portal.ppid.Decision;
import id.djpk.portal.ppid.ObjectionOutcome;
import id.djpk.portal.ppid.PpidFigures;
import java.time.Instant;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The report's PPID part beside received, decided and asked: average working days, objections, the year's chart. */
class ReportPpidTest {

    static final YearMonth M = YearMonth.of(2024, 5);

    static PpidFigures ppid(YearMonth m, long received, Double averageDays, long objections, long overturned) {
        Map<Decision, Long> decided = new EnumMap<>(Decision.class);
        for (Decision d : Decision.values()) {
            decided.put(d, 0L);
        }
        decided.put(Decision.PARTLY_GRANTED, received);
        Map<ObjectionOutcome, Long> outcomes = new EnumMap<>(ObjectionOutcome.class);
        outcomes.put(ObjectionOutcome.UPHELD, 0L);
        outcomes.put(ObjectionOutcome.OVERTURNED, overturned);
        return new PpidFigures(m, received, received, decided, averageDays, 0, objections, outcomes, Map.of());
    }

    /** The channel test's sources with other PPID figures and the year's months. */
    static ReportCompiler.Sources sources(PpidFigures now, PpidFigures before, PpidFigures yearAgo, Map<YearMonth, Long> perMonth) {
        ReportCompiler.Sources s = ReportChannelsTest.sources(M, ReportChannelsTest.channels(1, 1, 1),
                ReportChannelsTest.channels(1, 1, 1), ReportChannelsTest.channels(1, 1, 1));
        return ReportCompiler.sources(s.month()).tickets(s.tickets(), s.ticketsPrevious(), s.ticketsLastYear(), s.ticketTotals())
                .ppid(now, before, yearAgo, perMonth)
                .visits(s.visits(), s.visitsPrevious(), s.visitsLastYear(), s.visitsYearToDate(), s.conferencesYearToDate())
                .website(s.publications(), s.events()).traffic(s.traffic(), s.trafficPrevious(), s.trafficLastYear())
                .names(s.topics(), s.regions(), s.staffNames()).build();
    }

    static ReportSnapshot compiled(ReportCompiler.Sources s) {
        return ReportSnapshot.parse(ReportCompiler.compile(s, ReportCompiler.EnteredData.none(),
                Instant.parse("2024-06-01T01:00:00Z")).toString());
    }

    @Test
    void theAverageWorkingDaysObjectionsAndTheYearsMonthsAreInTheSnapshot() {
        ReportSnapshot s = compiled(sources(ppid(M, 4, 3.25, 2, 1), ppid(M.minusMonths(1), 3, 5.0, 1, 0),
                ppid(M.minusMonths(12), 1, null, 0, 0), Map.of(YearMonth.of(2024, 1), 1L, M, 4L)));

        assertEquals(3.3, s.decimal("ppid.averageWorkingDays"), "one decimal, half up");
        Figure objections = s.figure("ppid.objections");
        assertEquals(List.of(2L, 1L, 0L), List.of(objections.value(), objections.previous(), objections.lastYear()));
        assertEquals(100.0, objections.changeFromPrevious());
        assertNull(objections.changeFromLastYear());
        assertEquals(1, s.object("ppid.objectionOutcomes").getInt("OVERTURNED"));
        assertEquals(0, s.object("ppid.objectionOutcomes").getInt("UPHELD"));
        assertEquals(List.of("2024-01", "2024-02", "2024-03", "2024-04", "2024-05"),
                s.list("ppid.trend").stream().map(t -> t.getString("month")).toList(), "January to the month");
        assertEquals(List.of(1, 0, 0, 0, 4), s.list("ppid.trend").stream().map(t -> t.getInt("received")).toList());
        assertEquals(4, s.object("ppid.decided").getInt("PARTLY_GRANTED"), "the existing keys stay");
    }

    @Test
    void aMonthWithoutDecisionsHasNoAverageAndAnOlderSnapshotStillRenders() {
        ReportSnapshot s = compiled(sources(ppid(M, 2, null, 0, 0), ppid(M.minusMonths(1), 0, null, 0, 0),
                ppid(M.minusMonths(12), 0, null, 0, 0), Map.of()));
        assertTrue(s.has("ppid.averageWorkingDays"));
        assertNull(s.decimal("ppid.averageWorkingDays"));
        assertEquals(List.of(0, 0, 0, 0, 0), s.list("ppid.trend").stream().map(t -> t.getInt("received")).toList());

        // a revision stored before these figures: the PDF leaves them out
        MonthlyReport old = ReportPdfProgressTest.report(M);
        jakarta.json.JsonObjectBuilder without = jakarta.json.Json.createObjectBuilder(old.snapshot().json());
        List.of("ppid.averageWorkingDays", "ppid.objections", "ppid.objectionOutcomes", "ppid.trend").forEach(without::remove);
        MonthlyReport older = new MonthlyReport(M, 1, without.build().toString(), "editor", Instant.now());
        assertDoesNotThrow(() -> ReportPdf.render(older, java.time.ZoneId.of("Asia/Jakarta")));
    }

    @Test
    void anAverageIsRoundedHalfUpToOneDecimal() {
        assertEquals(2.5, ReportCompiler.oneDecimal(2.5));
        assertEquals(2.7, ReportCompiler.oneDecimal(8 / 3.0));
        assertEquals(0.1, ReportCompiler.oneDecimal(0.05));
        assertNull(ReportCompiler.oneDecimal(null));
    }
}
