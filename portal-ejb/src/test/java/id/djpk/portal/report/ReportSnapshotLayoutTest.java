package id.djpk.portal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The snapshot's keys and layout are the report API's contract (the JSON and CSV that other tools read): compiled
 * from fixed sources, the snapshot must equal the stored one in {@code src/test/resources/report-snapshots}, key for
 * key and in the same order. A change of the layout is a change of the contract: it shows here first, and the stored
 * file changes with it on purpose ({@code mvn -pl portal-ejb test -Dtest=ReportSnapshotLayoutTest
 * -Dreport.snapshots.write=true} writes the files again from the compiler; review their diff before committing).
 */
class ReportSnapshotLayoutTest {

    static final Instant AT = Instant.parse("2024-04-02T03:00:00Z");

    static JsonObject stored(String name) {
        try (InputStream in = ReportSnapshotLayoutTest.class.getResourceAsStream("/report-snapshots/" + name + ".json");
                JsonReader r = Json.createReader(in)) {
            return r.readObject();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static void assertSameLayout(String name, JsonObject actual) {
        if (Boolean.getBoolean("report.snapshots.write")) {
            java.util.Map<String, Object> pretty = java.util.Map.of(jakarta.json.stream.JsonGenerator.PRETTY_PRINTING, true);
            try (java.io.Writer out = java.nio.file.Files.newBufferedWriter(java.nio.file.Path.of("src/test/resources/report-snapshots",
                    name + ".json"))) {
                Json.createWriterFactory(pretty).createWriter(out).writeObject(actual);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return;
        }
        assertSameLayout(stored(name), actual);
    }

    static void assertSameLayout(JsonObject expected, JsonObject actual) {
        assertEquals(new ArrayList<>(expected.keySet()), new ArrayList<>(actual.keySet()), "the keys, in order");
        expected.keySet().forEach(k -> assertEquals(expected.get(k), actual.get(k), k));
    }

    @Test
    void aMonthWithEveryPartCompilesToTheStoredLayout() {
        assertSameLayout("details", ReportCompiler.compile(ReportDetailsTest.sources(ReportDetailsTest.details()),
                ReportDetailsTest.entered(), AT));
    }

    @Test
    void thePpidPartCompilesToTheStoredLayout() {
        YearMonth m = ReportPpidTest.M;
        assertSameLayout("ppid", ReportCompiler.compile(ReportPpidTest.sources(ReportPpidTest.ppid(m, 4, 3.25, 2, 1),
                ReportPpidTest.ppid(m.minusMonths(1), 3, 5.0, 1, 0), ReportPpidTest.ppid(m.minusMonths(12), 1, null, 0, 0),
                Map.of(YearMonth.of(2024, 1), 1L, m, 4L)), ReportCompiler.EnteredData.none(), AT));
    }

    /** Entries typed and read from an export, blasts listed and sent from the portal, a menu a source measures. */
    static ReportCompiler.EnteredData mixed(Set<String> measured, Map<String, Long> values) {
        Map<String, ReportCompiler.Entered> entries = new LinkedHashMap<>(ReportDetailsTest.entered().entries());
        entries.put(EnteredFigures.EMAIL_TYPE + "DBH", new ReportCompiler.Entered(7, "Editor B", AT.plusSeconds(60), "Meta: x.csv"));
        entries.put(EnteredFigures.REACH + "INSTAGRAM", new ReportCompiler.Entered(7000, "Editor B", AT.plusSeconds(60), "Meta: x.csv"));
        entries.put(EnteredFigures.STORIES + "INSTAGRAM", new ReportCompiler.Entered(20, "Editor B", AT.plusSeconds(60)));
        entries.put(EnteredFigures.BLASTS, new ReportCompiler.Entered(3, "Editor", AT));
        Map<YearMonth, Map<String, Long>> others = new LinkedHashMap<>(ReportDetailsTest.entered().otherMonths());
        others.put(YearMonth.of(2024, 1), Map.of(EnteredFigures.BLASTS, 4L, EnteredFigures.EMAIL_TYPE + "DAU", 3L));
        List<ReportCompiler.Blast> blasts = measured.contains(EnteredFigures.BLASTS) ? List.of()
                : List.of(new ReportCompiler.Blast(LocalDate.of(2024, 3, 4), "Info DAU", "WHATSAPP", "Editor", AT),
                        new ReportCompiler.Blast(LocalDate.of(2024, 3, 5), "Info DBH", "EMAIL", null, null));
        return new ReportCompiler.EnteredData(entries, blasts, measured, values, others);
    }

    @Test
    void theEnteredPartCompilesToTheStoredLayoutAndIsWrittenAgainAlone() {
        ReportCompiler.EnteredData d = mixed(Set.of(EnteredFigures.CHATBOT_MENU + "TKD", EnteredFigures.CHATBOT_MENU + "PDRD"),
                Map.of(EnteredFigures.CHATBOT_MENU + "TKD", 11L));
        JsonObject compiled = ReportCompiler.compile(ReportDetailsTest.sources(ReportDetailsTest.details()), d, AT);
        assertSameLayout("entered", compiled);
        // the entered part written again over it gives what compiling with those entries gives
        assertSameLayout("details", ReportCompiler.withEntered(compiled, ReportDetailsTest.entered()));
    }

    @Test
    void totalsASourceMeasuresCompileToTheStoredLayout() {
        ReportCompiler.EnteredData d = mixed(Set.of(EnteredFigures.CHATBOT, EnteredFigures.BLASTS),
                Map.of(EnteredFigures.CHATBOT, 50L, EnteredFigures.BLASTS, 2L));
        assertSameLayout("measuredTotals", ReportCompiler.compile(ReportDetailsTest.sources(ReportDetailsTest.details()), d, AT));
    }
}
