package id.djpk.portal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The entered part of the report: sums, shares, the list of blasts, years to date, and a source taking over a key. */
class EnteredFiguresTest {

    static final YearMonth NOV = YearMonth.of(2023, 11);
    static final Instant T1 = Instant.parse("2023-12-01T02:00:00Z");
    static final Instant T2 = Instant.parse("2023-12-02T03:00:00Z");

    static ReportCompiler.Entered e(long v, Instant at) {
        return new ReportCompiler.Entered(v, at == T1 ? "ani" : "budi", at);
    }

    /** The seed of November 2023: menus 1–8 and "Tidak Dilanjutkan" make 583 users; Chat Agent is not counted. */
    static Map<String, ReportCompiler.Entered> seedMenus() {
        Map<String, ReportCompiler.Entered> m = new LinkedHashMap<>();
        long[] counts = {161, 8, 20, 7, 4, 1, 15, 16};
        String[] codes = {"TKD", "PEMBIAYAAN", "AKPD", "SHSR", "PDRD", "SIKD", "DATA", "KUNJUNGAN"};
        for (int i = 0; i < codes.length; i++) {
            m.put("chatbot.menu." + codes[i], e(counts[i], T1));
        }
        m.put("chatbot.menu.TIDAK_DILANJUTKAN", e(351, T1));
        m.put("chatbot.menu.CHAT_AGENT", e(90, T2));
        return m;
    }

    static JsonObject compile(ReportCompiler.EnteredData d) {
        return ReportCompiler.entered(NOV, d).build();
    }

    static long value(JsonObject o, String key) {
        return o.getJsonObject(key).getJsonNumber("value").longValue();
    }

    @Test
    void chatbotUsersAreTheMenusWithoutChatAgentWithWhoEnteredTheLatestPart() {
        JsonObject o = compile(new ReportCompiler.EnteredData(seedMenus(), List.of(), Set.of(), Map.of(), Map.of()));
        assertEquals(583, value(o, "chatbot.users"));
        assertEquals(90, value(o, "chatbot.menu.CHAT_AGENT"));
        assertEquals("budi", o.getJsonObject("chatbot.users").getString("enteredBy"), "the latest part: Chat Agent's entry");
        assertTrue(o.getJsonObject("chatbot.menu.TKD").getBoolean("entered"));
        assertEquals(583, o.getJsonNumber("chatbot.ytd").longValue(), "no earlier month");
    }

    @Test
    void emailLaporIsTheSumOfTheTypesEachWithItsShare() {
        Map<String, ReportCompiler.Entered> entries = Map.of("emailLapor.byType.DAU", e(314, T1),
                "emailLapor.byType.DBH", e(52, T1), "emailLapor.byType.INSENTIF_FISKAL", e(14, T1),
                "emailLapor.byType.LAINNYA", e(29, T2));
        JsonObject o = compile(new ReportCompiler.EnteredData(entries, List.of(), Set.of(), Map.of(), Map.of()));
        assertEquals(409, value(o, "emailLapor.total"), "the seed's total");
        assertEquals(76.8, o.getJsonObject("emailLapor.byType.DAU").getJsonNumber("share").doubleValue());
        assertEquals(12.7, o.getJsonObject("emailLapor.byType.DBH").getJsonNumber("share").doubleValue());
        assertEquals(3.4, o.getJsonObject("emailLapor.byType.INSENTIF_FISKAL").getJsonNumber("share").doubleValue());
        assertFalse(o.containsKey("chatbot.users"), "nothing entered for the chatbot");
        JsonObject zero = compile(new ReportCompiler.EnteredData(Map.of("emailLapor.byType.DAU", e(0, T1)), List.of(),
                Set.of(), Map.of(), Map.of()));
        assertTrue(zero.getJsonObject("emailLapor.byType.DAU").isNull("share"), "no share of nothing");
    }

    @Test
    void blastsAreTheListsCountAndTheYearToDateAddsTheEarlierMonthsOfTheYear() {
        List<ReportCompiler.Blast> blasts = List.of(
                new ReportCompiler.Blast(LocalDate.of(2023, 11, 1), "Monitoring dan Evaluasi Implementasi JF AKPD", "WHATSAPP", "ani", T1),
                new ReportCompiler.Blast(LocalDate.of(2023, 11, 21), "Sosialisasi Pembiayaan Kreatif Daerah", "EMAIL", "budi", T2),
                new ReportCompiler.Blast(LocalDate.of(2023, 11, 24), "Kemenkeu Corpu Open Class", "WHATSAPP", "ani", T1));
        Map<YearMonth, Map<String, Long>> others = new LinkedHashMap<>();
        others.put(NOV.minusMonths(1), Map.of("blasts.total", 8L, "emailLapor.byType.DAU", 1000L, "emailLapor.byType.DBH", 108L,
                "chatbot.menu.TKD", 100L, "chatbot.menu.CHAT_AGENT", 40L));
        others.put(NOV.minusMonths(2), Map.of("blasts.total", 39L, "emailLapor.total", 500L, "chatbot.users", 70L));
        others.put(NOV.minusMonths(12), Map.of("blasts.total", 5L, "emailLapor.byType.DAU", 820L));
        others.put(NOV.minusMonths(13), Map.of("blasts.total", 99L)); // the year before: not in the year to date
        Map<String, ReportCompiler.Entered> entries = new LinkedHashMap<>(seedMenus());
        entries.put("blasts.total", e(3, T2));
        entries.put("emailLapor.byType.DAU", e(409, T1));
        JsonObject o = compile(new ReportCompiler.EnteredData(entries, blasts, Set.of(), Map.of(), others));

        JsonObject b = o.getJsonObject("blasts.total");
        assertEquals(List.of(3L, 8L, 5L), List.of(value(o, "blasts.total"), b.getJsonNumber("previous").longValue(),
                b.getJsonNumber("lastYear").longValue()));
        assertEquals(-62.5, b.getJsonNumber("changeFromPrevious").doubleValue(), "the seed: turun 62,5%");
        assertEquals(-40.0, b.getJsonNumber("changeFromLastYear").doubleValue(), "the seed: turun 40%");
        assertEquals(50, o.getJsonNumber("blasts.ytd").longValue(), "the seed: 50 blasts up to November");
        assertEquals(List.of("Monitoring dan Evaluasi Implementasi JF AKPD", "Sosialisasi Pembiayaan Kreatif Daerah",
                "Kemenkeu Corpu Open Class"), o.getJsonArray("blasts.list").stream()
                        .map(x -> x.asJsonObject().getString("subject")).toList());
        assertEquals("EMAIL", o.getJsonArray("blasts.list").getJsonObject(1).getString("channel"));

        assertEquals(1108, o.getJsonObject("emailLapor.total").getJsonNumber("previous").longValue(), "M−1 summed too");
        assertEquals(409 + 1108 + 500, o.getJsonNumber("emailLapor.ytd").longValue(), "an older month's entered total counts");
        assertEquals(100, o.getJsonObject("chatbot.users").getJsonNumber("previous").longValue(), "M−1 without Chat Agent");
        assertEquals(583 + 100 + 70, o.getJsonNumber("chatbot.ytd").longValue());
    }

    @Test
    void aReportThatHeldAnEnteredTotalStaysReadable() {
        Map<String, ReportCompiler.Entered> legacy = Map.of("chatbot.users", e(583, T1), "emailLapor.total", e(409, T1),
                "blasts.total", e(3, T1));
        JsonObject o = compile(new ReportCompiler.EnteredData(legacy, List.of(), Set.of(), Map.of(), Map.of()));
        assertEquals(583, value(o, "chatbot.users"));
        assertEquals("ani", o.getJsonObject("chatbot.users").getString("enteredBy"));
        assertEquals(409, value(o, "emailLapor.total"));
        assertEquals(3, value(o, "blasts.total"), "no list: the count entered before");
        assertEquals(0, o.getJsonArray("blasts.list").size());
    }

    @Test
    void aSourceTakesItsKeysFromTheDataWhateverWasEntered() {
        Map<String, ReportCompiler.Entered> entries = new LinkedHashMap<>(seedMenus());
        Map<YearMonth, Map<String, Long>> others = Map.of(NOV.minusMonths(1), Map.of("chatbot.menu.TKD", 150L),
                NOV.minusMonths(12), Map.of("chatbot.menu.TKD", 60L));
        JsonObject o = compile(new ReportCompiler.EnteredData(entries, List.of(), Set.of("chatbot.menu.TKD", "emailLapor.byType.DAU"),
                Map.of("chatbot.menu.TKD", 200L), others));
        JsonObject tkd = o.getJsonObject("chatbot.menu.TKD");
        assertEquals(200, value(o, "chatbot.menu.TKD"), "the source's value, not the 161 entered");
        assertTrue(tkd.getBoolean("fromData"));
        assertFalse(tkd.containsKey("entered"));
        assertEquals(150, tkd.getJsonNumber("previous").longValue());
        assertEquals(60, tkd.getJsonNumber("lastYear").longValue());
        assertEquals(583 - 161 + 200, value(o, "chatbot.users"), "the sum takes the measured part");
        assertTrue(o.getJsonObject("chatbot.users").getBoolean("entered"), "the other parts are entered");
        assertEquals(0, value(o, "emailLapor.byType.DAU"), "a measured key the source leaves out counts as 0");
        assertTrue(o.getJsonObject("emailLapor.total").getBoolean("fromData"), "every part from the data");
    }

    @Test
    void blastsSentFromThePortalAreListedAsDataAndCounted() {
        // the editor's list of an older revision is not joined in: the source's list is the month's list
        List<ReportCompiler.Blast> sent = List.of(
                new ReportCompiler.Blast(LocalDate.of(2023, 11, 6), "Sosialisasi PMK TKD", "WHATSAPP", null, null),
                new ReportCompiler.Blast(LocalDate.of(2023, 11, 20), "Survei kepuasan", "EMAIL", null, null));
        Map<YearMonth, Map<String, Long>> others = Map.of(NOV.minusMonths(1), Map.of("blasts.total", 4L));
        JsonObject o = compile(new ReportCompiler.EnteredData(Map.of(), sent, Set.of("blasts.total"),
                Map.of("blasts.total", 2L), others));
        assertEquals(2, value(o, "blasts.total"));
        assertTrue(o.getJsonObject("blasts.total").getBoolean("fromData"));
        assertEquals(4, o.getJsonObject("blasts.total").getJsonNumber("previous").longValue(), "M−1 typed, before blasts were sent from the portal");
        assertEquals(6, o.getJsonNumber("blasts.ytd").longValue());
        JsonObject first = o.getJsonArray("blasts.list").getJsonObject(0);
        assertEquals("Sosialisasi PMK TKD", first.getString("subject"));
        assertTrue(first.getBoolean("fromData"));
        assertFalse(first.containsKey("enteredBy"), "no one listed it");
    }

    @Test
    void theSummaryTileIsTheAverageOfThePlatformsPosts() {
        // the seed: Instagram 56 (27 feeds and 29 stories), Twitter 49, Facebook 49: "51 publikasi konten media sosial*"
        Map<String, ReportCompiler.Entered> entries = Map.of("socialMedia.posts.INSTAGRAM", e(56, T1),
                "socialMedia.posts.TWITTER", e(49, T1), "socialMedia.posts.FACEBOOK", e(49, T2),
                "socialMedia.followers.INSTAGRAM", e(116890, T1));
        Map<YearMonth, Map<String, Long>> others = Map.of(NOV.minusMonths(12), Map.of("socialMedia.posts.INSTAGRAM", 62L));
        JsonObject o = compile(new ReportCompiler.EnteredData(entries, List.of(), Set.of(), Map.of(), others));
        JsonObject average = o.getJsonObject("socialMedia.averagePosts");
        assertEquals(51, average.getJsonNumber("value").longValue());
        assertEquals(62, average.getJsonNumber("lastYear").longValue());
        assertTrue(average.isNull("previous"), "no report the month before");
        assertEquals("budi", average.getString("enteredBy"));
        assertEquals(52, ReportCompiler.totals(Map.of("socialMedia.posts.INSTAGRAM", 52L, "socialMedia.posts.TWITTER", 51L),
                Set.of()).get("socialMedia.averagePosts"), "51,5 rounds half up");
    }

    @Test
    void writingTheEnteredPartAgainReplacesOnlyItsKeys() {
        JsonObject snapshot = Json.createObjectBuilder().add("month", NOV.toString()).add("tickets.ytd", 7)
                .add("chatbot.users", Json.createObjectBuilder().add("value", 1)).add("blasts.ytd", 99).build();
        JsonObject o = ReportCompiler.withEntered(snapshot, new ReportCompiler.EnteredData(seedMenus(), List.of(), Set.of(),
                Map.of(), Map.of()));
        assertEquals(7, o.getInt("tickets.ytd"));
        assertEquals(583, value(o, "chatbot.users"));
        assertEquals(0, o.getInt("blasts.ytd"));
        assertNull(o.get("emailLapor.total"));
    }
}
