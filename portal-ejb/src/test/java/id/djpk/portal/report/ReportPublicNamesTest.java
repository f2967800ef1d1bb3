package id.djpk.portal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The public report names staff by display name and never by login username. */
class ReportPublicNamesTest {

    @Test
    void agentsAreListedByDisplayNameAndUnknownAccountsAsPetugas() {
        MonthlyReport report = ReportPdfProgressTest.report(ReportPdfProgressTest.MONTH);
        JsonObject satisfaction = report.snapshot().json().getJsonObject("tickets.satisfaction");
        assertEquals(Set.of("Rina Agustina"), satisfaction.keySet(), "not the username agen1");
        assertFalse(report.snapshot().json().toString().contains("agen1"));
        assertFalse(ReportPdfProgressTest.text(ReportPdf.render(report, id.djpk.portal.system.OfficeClock.DEFAULT_ZONE)).contains("agen1"), "nor in the PDF");

        ReportCompiler.Sources unknown = ReportCompiler.sources(null).build();
        assertEquals("Petugas", unknown.shownName("crm-lama"));
    }

    @Test
    void thePublicJsonAndCsvCarryNoEnteredBy() {
        ReportCompiler.EnteredData entered = new ReportCompiler.EnteredData(
                Map.of("chatbot.menu.TKD", new ReportCompiler.Entered(161, "Editor Laporan", Instant.parse("2023-12-01T03:00:00Z"))),
                List.of(new ReportCompiler.Blast(LocalDate.of(2023, 11, 3), "Blast uji", "EMAIL", "Editor Laporan",
                        Instant.parse("2023-12-01T03:00:00Z"))), Set.of(), Map.of(), Map.of());
        MonthlyReport report = ReportPdfProgressTest.report(ReportPdfProgressTest.MONTH);
        report.entriesApplied(ReportCompiler.withEntered(report.snapshot().json(), entered).toString());
        assertTrue(ReportJson.of(report).toString().contains("\"enteredBy\":\"Editor Laporan\""), "staff see who entered it");

        JsonObject published = ReportJson.published(report);
        assertFalse(published.toString().contains("enteredBy"), published.toString());
        assertTrue(published.getJsonObject("chatbot.menu.TKD").getBoolean("entered"));
        assertEquals("Blast uji", published.getJsonArray("blasts.list").getJsonObject(0).getString("subject"));
        String csv = new String(ReportCsv.of(report), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFkey,value,previous,lastYear,changeFromPrevious,changeFromLastYear,entered,enteredAt\r\n"), csv);
        assertFalse(csv.contains("Editor Laporan"), csv);
    }
}
