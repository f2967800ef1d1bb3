package id.djpk.portal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.djpk.portal.helpdesk.HelpdeskFigures;
import id.djpk.portal.ppid.Decision;
import id.djpk.portal.ppid.ObjectionOutcome;
import id.djpk.portal.ppid.PpidFigures;
import id.djpk.portal.reference.TimeZoneCode;
import id.djpk.portal.sitestats.MonthlyTraffic;
import id.djpk.portal.system.OfficeClock;
import id.djpk.portal.visit.MonthlyLists;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The PDF tells its progress: every step in order, the percentage never going back, 100 % at the end. */
class ReportPdfProgressTest {

    static final YearMonth MONTH = YearMonth.of(2023, 11);

    record Reached(int percent, ReportStep step) {
    }

    /** A month's report compiled from small made-up source figures (tickets in three channels, a visit, …). */
    static MonthlyReport report(YearMonth m) {
        ReportCompiler.Sources sources = ReportCompiler.sources(m)
                .tickets(tickets(m, 12), tickets(m.minusMonths(1), 8), tickets(m.minusMonths(12), 5),
                        Map.of(m, 12L, m.minusMonths(1), 8L, m.minusMonths(12), 5L))
                .ppid(ppid(m, 3), ppid(m.minusMonths(1), 1), ppid(m.minusMonths(12), 0), Map.of())
                .visits(new MonthlyLists(m, List.of(new MonthlyLists.VisitRow("K-1", m.atDay(7), "Kab. Bogor", "BPKAD", 4, 3, true,
                        "DAU")), List.of(new MonthlyLists.ConferenceRow("K-2", m.atDay(9), "Kota Ambon", "BPKAD", "DAK"))),
                        new MonthlyLists(m.minusMonths(1), List.of(), List.of()), new MonthlyLists(m.minusMonths(12), List.of(), List.of()),
                        1, 1)
                .website(List.of(new ReportCompiler.Item(m.atDay(3), "BERITA", "Berita", "Penyaluran DAU tahap II", "dau-2")),
                        List.of(new ReportCompiler.Item(m.atDay(15), "KEGIATAN", "Webinar", "Webinar TKD", "webinar-tkd")))
                .traffic(new MonthlyTraffic(m, 40, 90, List.of(new MonthlyTraffic.PageCount("/", "Beranda", 50))),
                        new MonthlyTraffic(m.minusMonths(1), 30, 70, List.of()), new MonthlyTraffic(m.minusMonths(12), 0, 0, List.of()))
                .names(Map.of("DAU", new ReportCompiler.TopicName("Dana Alokasi Umum", "TECHNICAL")), Map.of("32.01", "Kab. Bogor"),
                        Map.of("agen1", "Rina Agustina"))
                .build();
        MonthlyReport report = new MonthlyReport(m, 1, ReportCompiler.compile(sources, ReportCompiler.EnteredData.none(), Instant.now()).toString(),
                "editor", Instant.now());
        report.write(null, null, "Layanan berjalan baik.");
        return report;
    }

    static HelpdeskFigures tickets(YearMonth m, long total) {
        Map<String, Long> channels = new LinkedHashMap<>();
        channels.put("WHATSAPP", total / 2);
        channels.put("EMAIL", total / 3);
        channels.put("TELEPON", total - total / 2 - total / 3);
        Map<TimeZoneCode, HelpdeskFigures.InOut> hours = new EnumMap<>(TimeZoneCode.class);
        for (TimeZoneCode z : TimeZoneCode.values()) {
            hours.put(z, new HelpdeskFigures.InOut(total / 3, 0));
        }
        return new HelpdeskFigures(m, total, channels, Map.of("PEMDA", total), Map.of("DAU", total), hours, 0,
                new HelpdeskFigures.Escalation(1, 0, 0), Map.of("DTU", new HelpdeskFigures.UnitScore(1, 4.0)),
                List.of(new HelpdeskFigures.Pemda("32.01", total, Map.of("DAU", total))),
                Map.of("agen1", new HelpdeskFigures.Satisfaction(4.5, 4.2, 6, 6)), Map.of("DAU", 1L), 4.35);
    }

    static PpidFigures ppid(YearMonth m, long received) {
        Map<Decision, Long> decided = new EnumMap<>(Decision.class);
        Arrays.stream(Decision.values()).forEach(d -> decided.put(d, 0L));
        decided.put(Decision.GRANTED, received);
        Map<ObjectionOutcome, Long> outcomes = new EnumMap<>(ObjectionOutcome.class);
        Arrays.stream(ObjectionOutcome.values()).forEach(o -> outcomes.put(o, 0L));
        return new PpidFigures(m, received, received, decided, 3.0, 0, 0, outcomes, Map.of("DAU", received));
    }

    @Test
    void everyStepIsToldInOrderAndThePercentageNeverGoesBackAndEndsAt100() {
        List<Reached> told = new ArrayList<>();
        byte[] pdf = ReportPdf.render(report(MONTH), OfficeClock.DEFAULT_ZONE,
                (percent, step) -> told.add(new Reached(percent, step)));

        assertTrue(pdf.length > 1000 && new String(pdf, 0, 5).equals("%PDF-"), "a PDF");
        List<ReportStep> pdfSteps = Arrays.stream(ReportStep.values())
                .filter(s -> s != ReportStep.PREPARING && s != ReportStep.ATTACHING).toList();
        assertEquals(pdfSteps, told.stream().map(Reached::step).toList(), "each step once, in the order of the document");
        for (int i = 1; i < told.size(); i++) {
            assertTrue(told.get(i).percent() >= told.get(i - 1).percent(), "never back: " + told);
        }
        assertEquals(0, told.get(0).percent());
        assertTrue(told.stream().limit(told.size() - 1).allMatch(r -> r.percent() < 100), "100 only at the end: " + told);
        assertEquals(new Reached(100, ReportStep.DONE), told.get(told.size() - 1));
        assertTrue(told.stream().map(Reached::percent).distinct().count() >= 10, "the bar moves: " + told);
    }

    @Test
    void thePdfsSharesAddUpToTheWhole() {
        assertEquals(100, Arrays.stream(ReportStep.values()).mapToInt(ReportStep::pdfShare).sum());
        assertEquals(100, ReportStep.DONE.pdfPercentAtStart());
        assertEquals(0, ReportStep.FONTS.pdfPercentAtStart());
    }

    @Test
    void withoutAListenerThePdfIsTheSame() {
        MonthlyReport report = report(MONTH);
        String plain = text(ReportPdf.render(report, OfficeClock.DEFAULT_ZONE));
        String followed = text(ReportPdf.render(report, OfficeClock.DEFAULT_ZONE, (p, s) -> { }));
        assertEquals(plain, followed);
        assertTrue(plain.contains("LAPORAN LAYANAN INFORMASI DJPK") && plain.contains("Penyaluran DAU tahap II"), plain);
    }

    static String text(byte[] pdf) {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void everyFontOnEveryPageIsEmbedded() throws Exception {
        byte[] pdf = ReportPdf.render(report(MONTH), OfficeClock.DEFAULT_ZONE, (percent, step) -> { });
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            int page = 0;
            for (var p : doc.getPages()) {
                page++;
                for (var name : p.getResources().getFontNames()) {
                    var font = p.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), "page " + page + ": " + font.getName() + " is embedded");
                }
            }
            assertTrue(page >= 3, "cover, sections and charts");
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertTrue(text.contains("WhatsApp") && text.contains("Permohonan dikabulkan seluruhnya"), text);
            assertTrue(!text.contains("WHATSAPP") && !text.contains("PARTLY_GRANTED") && !text.contains("PEMDA"),
                    "codes are written as the report names them: " + text);
        }
    }
}
