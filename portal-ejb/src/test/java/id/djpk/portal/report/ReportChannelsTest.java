package id.djpk.portal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.djpk.portal.helpdesk.HelpdeskFigures;
import jakarta.json.Json;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The report's channel lines: HAI counts the web form's tickets too, with a note; the rest as the helpdesk counts. */
class ReportChannelsTest {

    static Map<String, Long> channels(long helpdesk, long webForm, long liveChat) {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("TELEPON", 3L);
        m.put("WHATSAPP", 20L);
        m.put("EMAIL", 5L);
        m.put("LIVE_CHAT", liveChat);
        m.put("HELPDESK", helpdesk);
        m.put("WEB_FORM", webForm);
        return m;
    }

    @Test
    void haiHoldsTheWebFormAndLiveChatIsItsOwnLine() {
        Map<String, Long> reported = ReportChannels.asReported(channels(2, 7, 4));
        assertEquals(List.of("TELEPON", "WHATSAPP", "EMAIL", "LIVE_CHAT", "HELPDESK"), List.copyOf(reported.keySet()),
                "no web-form line; the order stays");
        assertEquals(9, reported.get("HELPDESK"));
        assertEquals(4, reported.get("LIVE_CHAT"));
        assertEquals(channels(2, 7, 4).values().stream().mapToLong(Long::longValue).sum(),
                reported.values().stream().mapToLong(Long::longValue).sum(), "nothing lost, nothing counted twice");
        assertEquals(Map.of("HELPDESK", 5L), ReportChannels.asReported(Map.of("WEB_FORM", 5L)), "HAI from the web form alone");
        assertEquals(Map.of("EMAIL", 1L), ReportChannels.asReported(Map.of("EMAIL", 1L)));
    }

    @Test
    void theCompiledReportCarriesTheLinesWithTheirComparisonsAndTheNote() {
        YearMonth m = YearMonth.of(2024, 5);
        MonthlyReport base = ReportPdfProgressTest.report(m);
        ReportCompiler.Sources s = sources(m, channels(2, 7, 4), channels(1, 2, 0), channels(0, 3, 0));
        ReportSnapshot snapshot = ReportSnapshot.parse(ReportCompiler.compile(s, ReportCompiler.EnteredData.none(),
                Instant.parse("2024-06-01T01:00:00Z")).toString());
        Figure hai = snapshot.figure("tickets.byChannel.HELPDESK");
        assertEquals(List.of(9L, 3L, 3L), List.of(hai.value(), hai.previous(), hai.lastYear()));
        assertEquals(200.0, hai.changeFromPrevious());
        assertFalse(snapshot.has("tickets.byChannel.WEB_FORM"));
        assertEquals(4, snapshot.figure("tickets.byChannel.LIVE_CHAT").value());
        assertEquals(List.of(ReportChannels.HAI_WITH_WEB_FORM, ReportChannels.CONSULTATION_ONLY), snapshot.notes());
        List<String> notes = new ReportView(ReportPdfProgressTest.report(ReportPdfProgressTest.MONTH), ReportText.ID,
                id.djpk.portal.system.OfficeClock.DEFAULT_ZONE).getNotes();
        assertTrue(notes.get(0).startsWith("Baris HAI Kemenkeu mencakup tiket dari formulir"), notes.toString());
        assertTrue(notes.get(1).startsWith("Tiket konsultasi adalah tiket WhatsApp"), notes.toString());
        assertEquals(List.of(), ReportSnapshot.parse(Json.createObjectBuilder().add("month", "2023-01").build().toString()).notes(),
                "a report compiled before there were notes has none");
        assertTrue(base.snapshot().notes().contains(ReportChannels.HAI_WITH_WEB_FORM));
    }

    @Test
    void theLinesAreTheFiveConsultationChannelsTheOtherServicesAreNotTickets() {
        Map<String, Long> all = channels(2, 7, 4);
        all.put("CHATBOT", 11L);
        all.put("VIDEO_CONFERENCE", 6L);
        all.put("TATAP_MUKA", 3L);
        Map<String, Long> reported = ReportChannels.asReported(all);
        assertEquals(List.of("TELEPON", "WHATSAPP", "EMAIL", "LIVE_CHAT", "HELPDESK"), List.copyOf(reported.keySet()));
        assertEquals(41, reported.values().stream().mapToLong(Long::longValue).sum(), "3 + 20 + 5 + 4 + (2 + 7)");
        assertEquals(Set.of(id.djpk.portal.helpdesk.Channel.WHATSAPP, id.djpk.portal.helpdesk.Channel.TELEPON,
                id.djpk.portal.helpdesk.Channel.EMAIL, id.djpk.portal.helpdesk.Channel.HELPDESK,
                id.djpk.portal.helpdesk.Channel.WEB_FORM, id.djpk.portal.helpdesk.Channel.LIVE_CHAT), ReportChannels.CONSULTATION);
        assertTrue(ReportChannels.isConsultation("WEB_FORM"));
        assertFalse(ReportChannels.isConsultation("VIDEO_CONFERENCE"));
        assertFalse(ReportChannels.isConsultation("TATAP_MUKA"));
        assertFalse(ReportChannels.isConsultation("CHATBOT"));
        assertFalse(ReportChannels.isConsultation("FAX"), "an unknown code is not counted");
    }

    /** The PDF test's sources with other channel counts for M, M−1 and M−12. */
    static ReportCompiler.Sources sources(YearMonth m, Map<String, Long> now, Map<String, Long> before, Map<String, Long> yearAgo) {
        return ReportCompiler.sources(m).tickets(with(ReportPdfProgressTest.tickets(m, 12), now),
                with(ReportPdfProgressTest.tickets(m.minusMonths(1), 8), before),
                with(ReportPdfProgressTest.tickets(m.minusMonths(12), 5), yearAgo), Map.of(m, 12L))
                .ppid(ReportPdfProgressTest.ppid(m, 3), ReportPdfProgressTest.ppid(m.minusMonths(1), 1),
                        ReportPdfProgressTest.ppid(m.minusMonths(12), 0), Map.of())
                .build();
    }

    static HelpdeskFigures with(HelpdeskFigures f, Map<String, Long> byChannel) {
        return new HelpdeskFigures(f.month(), f.total(), byChannel, f.byCategory(), f.byTopic(), f.serviceHours(),
                f.unidentified(), f.escalated(), f.l2Units(), f.topPemda(), f.satisfaction(), f.kbNeedingReview(),
                f.satisfactionAverage());
    }
}
