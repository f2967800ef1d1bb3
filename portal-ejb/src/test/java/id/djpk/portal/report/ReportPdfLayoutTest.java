package id.djpk.portal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.djpk.portal.helpdesk.HelpdeskFigures;
import id.djpk.portal.ppid.Decision;
import id.djpk.portal.ppid.ObjectionOutcome;
import id.djpk.portal.ppid.PpidFigures;
import id.djpk.portal.reference.TimeZoneCode;
import id.djpk.portal.sitestats.MonthlyTraffic;
import id.djpk.portal.system.OfficeClock;
import id.djpk.portal.visit.MonthlyLists;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The PDF laid out like the office's own reports, read back with PDFBox as a reader's viewer would: A4 pages, the
 * cover, the table of contents on page 2 whose every line names the page its section really begins on, each section
 * on a page of its own, "Halaman N dari M" on every page but the cover, bookmarks and links to the sections, the
 * charts where the data is (and only there), and every font embedded.
 *
 * <p>The text is read with PDFBox sorting by position, so that a line is what the eye sees as a line (a contents
 * entry and its page number, drawn apart, are one). In that mode PDFBox sometimes splits a word after its first
 * letter ("R ingkasan"), so lines are compared with their white space taken out.
 */
class ReportPdfLayoutTest {

    static final YearMonth MONTH = ReportPdfProgressTest.MONTH;
    static final List<ReportPdf.Section> SECTIONS = List.of(ReportPdf.Section.values());
    static final String RUNNING = "Laporan Layanan Informasi DJPK · November 2023";
    static final Pattern FOOTER = Pattern.compile("Halaman(\\d+)dari(\\d+)");

    /**
     * The charts of {@link #full}: the website's six months (1); in the tickets the trend, the channels' pie, a trend
     * for each of the five channels, the users' pie, technical and other topics, service hours, escalation, Layer 2
     * units and satisfaction (14); in the PPID the decisions' pie and the year's requests (2).
     */
    static final Map<ReportPdf.Section, Integer> FULL_CHARTS = Map.of(ReportPdf.Section.WEBSITE_VISITS, 1,
            ReportPdf.Section.TICKETS, 14, ReportPdf.Section.PPID, 2);

    /**
     * At least the charts of {@link ReportPdfProgressTest#report}: its tickets (12, 8 and 5 over the trend's months)
     * have a trend, three channels, one user category, one technical topic (no other), zones with tickets inside
     * hours, one escalation, one scored Layer 2 unit and one rated agent (8 charts); its PPID has granted requests
     * (the decisions' pie) but no months of the year (1). Nothing else: its sources keep no website or channel months.
     */
    static final int SMALL_CHARTS = 9;

    /** One page as read back: its lines (without white space, blank lines left out) and its pictures. */
    record Page(int number, List<String> lines, int images) {

        String joined() {
            return String.join("\n", lines);
        }
    }

    @Test
    void everyPageIsA4() {
        for (byte[] pdf : List.of(render(full(MONTH, 1)), render(ReportPdfProgressTest.report(MONTH)), render(quiet(MONTH)))) {
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                assertTrue(doc.getNumberOfPages() > SECTIONS.size() + 1, "cover, contents and a page per section");
                for (PDPage page : doc.getPages()) {
                    PDRectangle box = page.getMediaBox();
                    assertEquals(595, box.getWidth(), 1, "A4 width");
                    assertEquals(842, box.getHeight(), 1, "A4 height");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    void theContentsOnPageTwoNameEverySectionWithThePageItBeginsOn() {
        List<Page> pages = read(render(full(MONTH, 2)));
        Map<ReportPdf.Section, Integer> contents = contents(pages);
        assertEquals(3, contents.get(ReportPdf.Section.SUMMARY), "after the cover and the contents");
        int previous = 2;
        for (ReportPdf.Section s : SECTIONS) {
            Integer at = contents.get(s);
            assertNotNull(at, s.title + " with its page on page 2:\n" + pages.get(1).joined());
            assertTrue(at > previous, s + " after the section before it: " + contents);
            assertTrue(at <= pages.size(), s + " on a page of the document");
            Page page = pages.get(at - 1);
            assertEquals(squeeze(s.title), page.lines().get(1), "page " + at + " begins with " + s.title + ":\n" + page.joined());
            previous = at;
        }
        assertTrue(contents.get(ReportPdf.Section.PPID) - contents.get(ReportPdf.Section.TICKETS) > 2,
                "the tickets fill pages, and the contents know it: " + contents);
    }

    @Test
    void everyPageButTheCoverIsNumberedAndCarriesTheRunningHeader() {
        for (MonthlyReport report : List.of(full(MONTH, 1), ReportPdfProgressTest.report(MONTH))) {
            List<Page> pages = read(render(report));
            Page cover = pages.get(0);
            assertTrue(cover.joined().contains(squeeze("LAPORAN LAYANAN INFORMASI DJPK")), cover.joined());
            assertFalse(FOOTER.matcher(cover.joined()).find(), "no number on the cover");
            assertFalse(cover.joined().contains(squeeze(RUNNING)), "no running header on the cover");
            for (Page page : pages.subList(1, pages.size())) {
                assertEquals(squeeze(RUNNING), page.lines().get(0), "page " + page.number());
                Matcher m = FOOTER.matcher(page.lines().get(page.lines().size() - 1));
                assertTrue(m.matches(), "page " + page.number() + " ends with its number: " + page.joined());
                assertEquals(page.number(), Integer.parseInt(m.group(1)), "N");
                assertEquals(pages.size(), Integer.parseInt(m.group(2)), "M: the document's pages");
            }
        }
    }

    @Test
    void eachSectionHeadingIsOnAPageOfItsOwn() {
        for (MonthlyReport report : List.of(full(MONTH, 1), ReportPdfProgressTest.report(MONTH), quiet(MONTH))) {
            List<Page> pages = read(render(report));
            Set<String> titles = new HashSet<>();
            SECTIONS.forEach(s -> titles.add(squeeze(s.title)));
            List<String> seen = new ArrayList<>();
            for (Page page : pages) {
                if (page.number() == 2) { // the contents name them all
                    continue;
                }
                List<String> headings = page.lines().stream().filter(titles::contains).toList();
                assertTrue(headings.size() <= 1, "page " + page.number() + " holds " + headings);
                seen.addAll(headings);
            }
            assertEquals(SECTIONS.stream().map(s -> squeeze(s.title)).toList(), seen, "every section once, in order");
        }
    }

    @Test
    void theBookmarksAndTheContentsLinksLeadToTheSections() throws IOException {
        byte[] pdf = render(full(MONTH, 1));
        Map<ReportPdf.Section, Integer> contents = contents(read(pdf));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> titles = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                ReportPdf.Section s = SECTIONS.get(titles.size());
                titles.add(item.getTitle());
                PDPageDestination d = (PDPageDestination) item.getDestination();
                assertEquals(contents.get(s), doc.getPages().indexOf(d.getPage()) + 1, "bookmark " + item.getTitle());
            }
            assertEquals(SECTIONS.stream().map(s -> s.title).toList(), titles);

            Map<Integer, Integer> linkedPages = new LinkedHashMap<>(); // page a link leads to → links
            for (PDAnnotation a : doc.getPage(1).getAnnotations()) {
                if (a instanceof PDAnnotationLink link) {
                    PDDestination to = link.getAction() instanceof PDActionGoTo go ? go.getDestination() : link.getDestination();
                    PDPageDestination d = to instanceof PDNamedDestination named
                            ? doc.getDocumentCatalog().findNamedDestinationPage(named) : (PDPageDestination) to;
                    assertNotNull(d, "a link of the contents leads somewhere");
                    linkedPages.merge(doc.getPages().indexOf(d.getPage()) + 1, 1, Integer::sum);
                }
            }
            assertEquals(new HashSet<>(contents.values()), linkedPages.keySet(), "each line of the contents links to its page");
        }
    }

    @Test
    void theChartsAreDrawnWhereThereIsDataAndOnlyThere() {
        List<Page> pages = read(render(full(MONTH, 1)));
        Map<ReportPdf.Section, Integer> contents = contents(pages);
        int all = 0;
        for (ReportPdf.Section s : SECTIONS) {
            int from = contents.get(s);
            int to = s.ordinal() + 1 < SECTIONS.size() ? contents.get(SECTIONS.get(s.ordinal() + 1)) - 1 : pages.size();
            int images = pages.subList(from - 1, to).stream().mapToInt(Page::images).sum();
            assertEquals(FULL_CHARTS.getOrDefault(s, 0), images, s + ", pages " + from + "–" + to);
            all += images;
        }
        assertEquals(17, all, "the full month's charts");
        assertEquals(0, pages.get(0).images() + pages.get(1).images(), "none on the cover and the contents");

        int small = read(render(ReportPdfProgressTest.report(MONTH))).stream().mapToInt(Page::images).sum();
        assertTrue(small >= SMALL_CHARTS, "the test report's charts: " + small);

        List<Page> quiet = read(render(quiet(MONTH)));
        assertEquals(0, quiet.stream().mapToInt(Page::images).sum(), "a month without data has no chart of zeros");
        assertEquals(SECTIONS.size(), contents(quiet).size(), "and still a page number for every section");
    }

    @Test
    void everyFontIsEmbedded() throws IOException {
        for (MonthlyReport report : List.of(full(MONTH, 1), ReportPdfProgressTest.report(MONTH))) {
            try (PDDocument doc = Loader.loadPDF(render(report))) {
                List<PDFont> fonts = new ArrayList<>();
                for (PDPage page : doc.getPages()) {
                    fonts(page.getResources(), fonts, new HashSet<>());
                }
                assertFalse(fonts.isEmpty());
                for (PDFont font : fonts) {
                    assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                    assertFalse(font.getName().contains("Helvetica"), font.getName());
                }
            }
        }
    }

    @Test
    void theFinerPartsArePrintedFromThePagesRowsWithTheirCharts() {
        List<Page> pages = read(render(ReportDetailsTest.report(ReportDetailsTest.details())));
        Map<ReportPdf.Section, Integer> contents = contents(pages);
        String tickets = section(pages, contents, ReportPdf.Section.TICKETS);
        assertTrue(tickets.contains(squeeze("Keluhan Layanan 4 Kab. Kediri (2), Kota Kendari (1), daerah tidak teridentifikasi (1)")),
                tickets);
        assertTrue(tickets.contains(squeeze("Topik tiket yang memerlukan eskalasi: Pajak Daerah (7), Dana Bagi Hasil (4), Reservasi (4)")),
                tickets);
        assertTrue(tickets.contains(squeeze("Layanan lainnya: tiga teratas dan sembilan bulan terakhir")), tickets);
        assertTrue(tickets.contains(squeeze("Konsultasi tatap muka 3")), tickets);
        String advocacy = section(pages, contents, ReportPdf.Section.EMPLOYEE_ADVOCACY);
        assertTrue(advocacy.contains(squeeze("Employee Advocacy: 12.637 pegawai berpartisipasi, 303,3% dari target 4.167 pegawai")),
                advocacy);
        assertTrue(advocacy.contains(squeeze("like/comment/share 10.738 –")) && advocacy.contains("81,3%"), advocacy);
        String social = section(pages, contents, ReportPdf.Section.SOCIAL_MEDIA);
        assertTrue(social.contains(squeeze("Pengikut Instagram 12.000 12.500")), social);
        // the four services each have a month with a value (chatbot, Email Lapor, video conference, visits), and
        // Instagram's followers two: one chart each
        int ticketCharts = images(pages, contents, ReportPdf.Section.TICKETS);
        int before = images(read(render(ReportDetailsTest.report(ReportCompiler.Details.NONE))),
                contents(read(render(ReportDetailsTest.report(ReportCompiler.Details.NONE)))), ReportPdf.Section.TICKETS);
        assertEquals(2, ticketCharts - before, "the video conferences' and the visits' nine months, which need the details");
        assertEquals(1, images(pages, contents, ReportPdf.Section.SOCIAL_MEDIA), "Instagram's followers");
    }

    /** A section's text, all its pages, white space and line breaks taken out (a sentence may wrap). */
    static String section(List<Page> pages, Map<ReportPdf.Section, Integer> contents, ReportPdf.Section s) {
        int from = contents.get(s);
        int to = s.ordinal() + 1 < SECTIONS.size() ? contents.get(SECTIONS.get(s.ordinal() + 1)) - 1 : pages.size();
        return String.join("", pages.subList(from - 1, to).stream().flatMap(p -> p.lines().stream()).toList());
    }

    static int images(List<Page> pages, Map<ReportPdf.Section, Integer> contents, ReportPdf.Section s) {
        int from = contents.get(s);
        int to = s.ordinal() + 1 < SECTIONS.size() ? contents.get(SECTIONS.get(s.ordinal() + 1)) - 1 : pages.size();
        return pages.subList(from - 1, to).stream().mapToInt(Page::images).sum();
    }

    // ---------------------------------------------------------------- reading the PDF

    static byte[] render(MonthlyReport report) {
        return ReportPdf.render(report, OfficeClock.DEFAULT_ZONE);
    }

    /** Each page's lines (white space taken out, blank lines left out) and its pictures (the charts' PNGs). */
    static List<Page> read(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            List<Page> pages = new ArrayList<>();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                List<String> lines = stripper.getText(doc).lines().map(ReportPdfLayoutTest::squeeze)
                        .filter(l -> !l.isEmpty()).toList();
                PDResources resources = doc.getPage(i - 1).getResources();
                int images = 0;
                for (COSName name : resources.getXObjectNames()) {
                    if (resources.getXObject(name) instanceof PDImageXObject) {
                        images++;
                    }
                }
                pages.add(new Page(i, lines, images));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page each section's line on page 2 names (a section without a number is missing from the map). */
    static Map<ReportPdf.Section, Integer> contents(List<Page> pages) {
        Page page = pages.get(1);
        assertTrue(page.lines().contains("DaftarIsi"), page.joined());
        Map<ReportPdf.Section, Integer> at = new EnumMap<>(ReportPdf.Section.class);
        for (ReportPdf.Section s : SECTIONS) {
            Pattern line = Pattern.compile(Pattern.quote(squeeze(s.title)) + "\\.*(\\d+)");
            page.lines().stream().map(line::matcher).filter(Matcher::matches).findFirst()
                    .ifPresent(m -> at.put(s, Integer.parseInt(m.group(1))));
        }
        return at;
    }

    static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** The fonts of these resources and of the forms drawn with them (the page numbers are such forms). */
    private static void fonts(PDResources resources, List<PDFont> out, Set<PDResources> seen) throws IOException {
        if (resources == null || !seen.add(resources)) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            out.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDFormXObject form) {
                fonts(form.getResources(), out, seen);
            }
        }
    }

    // ---------------------------------------------------------------- the reports

    static final List<String> CHANNELS = List.of("WHATSAPP", "TELEPON", "EMAIL", "LIVE_CHAT", "HELPDESK");
    static final List<String> TECHNICAL = List.of("DAU", "DBH", "DAK", "DD", "PDRD", "JFAKPD", "SHSR", "IF", "APBD", "SIKD",
            "OTSUS", "PEMBIAYAAN");
    static final List<String> OTHER = List.of("SURAT", "RESERVASI", "DATA", "LAINNYA", "SPAM", "NON_DJPK", "VICON", "ALAMAT",
            "MAGANG", "PENGADUAN", "KELUHAN");

    /** A month's report from sources that fill every part: {@code n} scales the lists (publications, visits, …). */
    static MonthlyReport full(YearMonth m, int n) {
        Map<String, ReportCompiler.TopicName> topics = new LinkedHashMap<>();
        TECHNICAL.forEach(c -> topics.put(c, new ReportCompiler.TopicName("Topik teknis " + c, "TECHNICAL")));
        OTHER.forEach(c -> topics.put(c, new ReportCompiler.TopicName("Topik lain " + c, "OTHER")));
        Map<String, String> regions = new LinkedHashMap<>();
        for (int i = 1; i <= 5; i++) {
            regions.put("32.0" + i, "Kab. Contoh " + i);
        }
        Map<String, String> staff = new LinkedHashMap<>();
        for (int i = 1; i <= 5; i++) {
            staff.put("agen" + i, "Agen Contoh " + i);
        }
        List<MonthlyLists.VisitRow> visits = new ArrayList<>();
        for (int i = 0; i < 10 * n; i++) {
            visits.add(new MonthlyLists.VisitRow("K-" + i, m.atDay(1 + i % 28), "Kab. Contoh " + i, "BPKAD", 3 + i % 6, 5,
                    i % 6 > 2, "DAU"));
        }
        List<MonthlyLists.ConferenceRow> conferences = new ArrayList<>();
        for (int i = 0; i < 4 * n; i++) {
            conferences.add(new MonthlyLists.ConferenceRow("V-" + i, m.atDay(1 + i % 28), "Kota Contoh " + i, "BPKAD", "PDRD"));
        }
        List<ReportCompiler.Item> publications = new ArrayList<>();
        for (int i = 0; i < 8 * n; i++) {
            publications.add(new ReportCompiler.Item(m.atDay(1 + i % 28), "BERITA", "Berita", "Publikasi nomor " + i, "p-" + i));
        }
        List<ReportCompiler.Item> events = new ArrayList<>();
        for (int i = 0; i < 4 * n; i++) {
            events.add(new ReportCompiler.Item(m.atDay(1 + i % 28), "KEGIATAN", "Webinar", "Webinar nomor " + i, "w-" + i));
        }
        List<MonthlyTraffic.PageCount> pages = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            pages.add(new MonthlyTraffic.PageCount("/p" + i, "Halaman " + i, 500 - i * 20));
        }
        Map<YearMonth, MonthlyTraffic.Totals> traffic = new LinkedHashMap<>();
        for (int i = 5; i >= 0; i--) {
            traffic.put(m.minusMonths(i), new MonthlyTraffic.Totals(100_000 + i * 3_000, 300_000 + i * 5_000));
        }
        Map<YearMonth, Long> ppidPerMonth = new LinkedHashMap<>();
        for (YearMonth t = YearMonth.of(m.getYear(), 1); !t.isAfter(m); t = t.plusMonths(1)) {
            ppidPerMonth.put(t, 5L + t.getMonthValue());
        }
        Map<YearMonth, Map<String, Long>> channelsPerMonth = new LinkedHashMap<>();
        for (int i = 8; i >= 0; i--) {
            Map<String, Long> c = new LinkedHashMap<>();
            for (int k = 0; k < CHANNELS.size(); k++) {
                c.put(CHANNELS.get(k), 10L * (CHANNELS.size() - k) + i);
            }
            channelsPerMonth.put(m.minusMonths(i), c);
        }
        Map<String, Map<String, Long>> channelTopics = new LinkedHashMap<>();
        CHANNELS.forEach(c -> channelTopics.put(c, Map.of("DAU", 9L, "SURAT", 5L, "DBH", 3L, "RESERVASI", 1L)));
        Map<YearMonth, Long> totals = new LinkedHashMap<>();
        for (int i = 12; i >= 0; i--) {
            totals.put(m.minusMonths(i), 900L + 10 * i);
        }
        ReportCompiler.Sources sources = ReportCompiler.sources(m)
                .tickets(tickets(m, 1000), tickets(m.minusMonths(1), 900), tickets(m.minusMonths(12), 800), totals)
                .ppid(ppid(m, 9), ppid(m.minusMonths(1), 7), ppid(m.minusMonths(12), 4), ppidPerMonth)
                .visits(new MonthlyLists(m, visits, conferences), new MonthlyLists(m.minusMonths(1), List.of(), List.of()),
                        new MonthlyLists(m.minusMonths(12), List.of(), List.of()), 50, 20)
                .website(publications, events)
                .traffic(new MonthlyTraffic(m, 107_000, 320_000, pages), new MonthlyTraffic(m.minusMonths(1), 111_000, 330_000, List.of()),
                        new MonthlyTraffic(m.minusMonths(12), 111_715, 310_000, List.of()))
                .trafficPerMonth(traffic)
                .names(topics, regions, staff)
                .channels(channelsPerMonth, channelTopics)
                .build();
        MonthlyReport report = new MonthlyReport(m, 1, ReportCompiler.compile(sources, ReportCompiler.EnteredData.none(),
                Instant.now()).toString(), "editor", Instant.now());
        report.write("Penyaluran DAU dan DBH.", "Dua pengaduan surat palsu.", "Koordinasi dengan unit teknis perlu ditingkatkan.");
        return report;
    }

    /** The tickets of a month: every channel, category, topic (twelve technical, eleven other), zone, unit and agent. */
    static HelpdeskFigures tickets(YearMonth m, long total) {
        Map<String, Long> channels = new LinkedHashMap<>();
        for (int k = 0; k < CHANNELS.size(); k++) {
            channels.put(CHANNELS.get(k), total / (k + 2));
        }
        Map<String, Long> categories = new LinkedHashMap<>();
        categories.put("PEMDA", total * 7 / 10);
        categories.put("KL", total / 10);
        categories.put("AKADEMISI", total / 20);
        categories.put("LAINNYA", total - total * 7 / 10 - total / 10 - total / 20);
        Map<String, Long> byTopic = new LinkedHashMap<>();
        for (int i = 0; i < TECHNICAL.size(); i++) {
            byTopic.put(TECHNICAL.get(i), total / 10 - 5L * i);
        }
        for (int i = 0; i < OTHER.size(); i++) {
            byTopic.put(OTHER.get(i), total / 20 - 3L * i);
        }
        Map<TimeZoneCode, HelpdeskFigures.InOut> hours = new EnumMap<>(TimeZoneCode.class);
        hours.put(TimeZoneCode.WIB, new HelpdeskFigures.InOut(total * 6 / 10, 42));
        hours.put(TimeZoneCode.WITA, new HelpdeskFigures.InOut(total / 5, 12));
        hours.put(TimeZoneCode.WIT, new HelpdeskFigures.InOut(total / 10, 3));
        Map<String, HelpdeskFigures.UnitScore> units = new LinkedHashMap<>();
        units.put("Dit. DTU", new HelpdeskFigures.UnitScore(40, 112.5));
        units.put("Dit. DTK", new HelpdeskFigures.UnitScore(30, 104.0));
        units.put("Dit. PKD", new HelpdeskFigures.UnitScore(20, 96.7));
        units.put("Dit. EPIKD", new HelpdeskFigures.UnitScore(10, 88.0));
        List<HelpdeskFigures.Pemda> pemda = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            pemda.add(new HelpdeskFigures.Pemda("32.0" + i, 20 - i, Map.of("DAU", 5L, "SURAT", 3L)));
        }
        Map<String, HelpdeskFigures.Satisfaction> satisfaction = new LinkedHashMap<>();
        for (int i = 1; i <= 5; i++) {
            satisfaction.put("agen" + i, new HelpdeskFigures.Satisfaction(5.0 - i * 0.1, 4.9 - i * 0.15, 6 + i, 6));
        }
        return new HelpdeskFigures(m, total, channels, categories, byTopic, hours, 49,
                new HelpdeskFigures.Escalation(total / 6, 57, 9), units, pemda, satisfaction, Map.of("DAU", 2L, "DBH", 1L), 4.6);
    }

    /** A month's PPID figures with every decision but one taken (a pie of three slices and a zero left out). */
    static PpidFigures ppid(YearMonth m, long received) {
        Map<Decision, Long> decided = new EnumMap<>(Decision.class);
        decided.put(Decision.GRANTED, received - 3);
        decided.put(Decision.PARTLY_GRANTED, 2L);
        decided.put(Decision.REJECTED, 1L);
        decided.put(Decision.NOT_HELD, 0L);
        Map<ObjectionOutcome, Long> outcomes = new EnumMap<>(ObjectionOutcome.class);
        for (ObjectionOutcome o : ObjectionOutcome.values()) {
            outcomes.put(o, 0L);
        }
        outcomes.put(ObjectionOutcome.UPHELD, 1L);
        return new PpidFigures(m, received, received * 10, decided, 4.2, 0, 1, outcomes, Map.of("APBD", received - 2,
                PpidFigures.UNCLASSIFIED, 2L));
    }

    /** A month in which nothing happened: every part there, every figure zero, no lists, no months kept. */
    static MonthlyReport quiet(YearMonth m) {
        ReportCompiler.Sources sources = ReportCompiler.sources(m)
                .tickets(nothing(m), nothing(m.minusMonths(1)), nothing(m.minusMonths(12)), Map.of())
                .ppid(noRequests(m), noRequests(m.minusMonths(1)), noRequests(m.minusMonths(12)), Map.of())
                .build();
        return new MonthlyReport(m, 1, ReportCompiler.compile(sources, ReportCompiler.EnteredData.none(), Instant.now()).toString(),
                "editor", Instant.now());
    }

    static HelpdeskFigures nothing(YearMonth m) {
        Map<TimeZoneCode, HelpdeskFigures.InOut> hours = new EnumMap<>(TimeZoneCode.class);
        for (TimeZoneCode z : TimeZoneCode.values()) {
            hours.put(z, new HelpdeskFigures.InOut(0, 0));
        }
        return new HelpdeskFigures(m, 0, Map.of("WHATSAPP", 0L), Map.of("PEMDA", 0L), Map.of("DAU", 0L), hours, 0,
                new HelpdeskFigures.Escalation(0, 0, 0), Map.of("Dit. DTU", new HelpdeskFigures.UnitScore(0, null)), List.of(),
                Map.of(), Map.of(), null);
    }

    static PpidFigures noRequests(YearMonth m) {
        Map<Decision, Long> decided = new EnumMap<>(Decision.class);
        for (Decision d : Decision.values()) {
            decided.put(d, 0L);
        }
        Map<ObjectionOutcome, Long> outcomes = new EnumMap<>(ObjectionOutcome.class);
        for (ObjectionOutcome o : ObjectionOutcome.values()) {
            outcomes.put(o, 0L);
        }
        return new PpidFigures(m, 0, 0, decided, null, 0, 0, outcomes, Map.of());
    }
}
