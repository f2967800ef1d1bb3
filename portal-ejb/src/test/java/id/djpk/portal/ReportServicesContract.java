package id.djpk.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.djpk.portal.audit.AuditEntry;
import id.djpk.portal.audit.AuditTrail;
import id.djpk.portal.helpdesk.HelpdeskFiguresQuery;
import id.djpk.portal.helpdesk.HelpdeskImport;
import id.djpk.portal.identity.Role;
import id.djpk.portal.identity.StaffDirectory;
import id.djpk.portal.mail.MailService;
import id.djpk.portal.mail.OutboxMessage;
import id.djpk.portal.publication.EventKind;
import id.djpk.portal.publication.Publication;
import id.djpk.portal.publication.PublicationDraft;
import id.djpk.portal.publication.PublicationService;
import id.djpk.portal.publication.PublicationType;
import id.djpk.portal.report.BlastChannel;
import id.djpk.portal.report.Figure;
import id.djpk.portal.report.ReportBlast;
import id.djpk.portal.report.MonthlyDrafts;
import id.djpk.portal.report.MonthlyReport;
import id.djpk.portal.report.PublishJob;
import id.djpk.portal.report.ReportPublishing;
import id.djpk.portal.report.ReportCompilation;
import id.djpk.portal.report.ReportCompiler;
import id.djpk.portal.report.ReportJson;
import id.djpk.portal.report.ReportModel;
import id.djpk.portal.report.ReportService;
import id.djpk.portal.report.ReportSnapshot;
import id.djpk.portal.report.ReportState;
import id.djpk.portal.report.ReportStep;
import id.djpk.portal.sitestats.SiteStatistics;
import id.djpk.portal.system.BusinessException;
import id.djpk.portal.system.InvalidInputException;
import id.djpk.portal.testing.signin.SignedInEditor;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * The monthly report against a real database inside Payara Micro: on H2 ({@code ReportServicesIT}) and on
 * PostgreSQL ({@code ReportServicesPostgresIT}). Each test works in a month of a year drawn at random from its own
 * span of the 20th century, where no other test puts data, so that the figures are known exactly.
 */
public abstract class ReportServicesContract {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    @Inject
    ReportService reports;

    @Inject
    id.djpk.portal.testing.AsAdministrator administrator;
    @Inject
    MonthlyDrafts drafts;
    @Inject
    HelpdeskImport imports;
    @Inject
    HelpdeskFiguresQuery helpdesk;
    @Inject
    PublicationService publications;
    @Inject
    SiteStatistics traffic;
    @Inject
    StaffDirectory staff;
    @Inject
    MailService mail;
    @Inject
    ReportPublishing publishing;
    @Inject
    AuditTrail audit;
    @Inject
    ReportCompilation compilation;

    /**
     * An even year of the given span, drawn at random: each test has its own span, so one test's months (and
     * their M-1 and M-12, in the same or an odd year) never hold another test's data, on a kept database either.
     */
    static int someYear(int from) {
        return from + 2 * ThreadLocalRandom.current().nextInt(15);
    }

    /** The helpdesk contract's five known tickets (two WIB, one WIT, one WITA, one unidentified) on a day. */
    void importKnown(String prefix, LocalDate day) {
        byte[] csv = HelpdeskServicesContract.knownData(prefix, day).getBytes(StandardCharsets.UTF_8);
        // the import is the agents' step: run as an administrator, the contract's caller is a report editor
        assertEquals(List.of(), asAdministrator(() -> imports.importCsv(new ByteArrayInputStream(csv))).errors());
    }

    Publication publish(PublicationType type, String title, LocalDate day) {
        PublicationDraft d = new PublicationDraft();
        d.setType(type);
        d.setTitle(title);
        d.setDocDate(day);
        if (type == PublicationType.KEGIATAN) {
            d.setEventKind(EventKind.WEBINAR);
            d.setEventStart(day.atTime(LocalTime.of(9, 0)).atZone(WIB).toInstant());
        }
        Publication p = publications.create(d, "publisher");
        publications.publish(p.getId(), null);
        return p;
    }

    static LocalDate firstTuesday(YearMonth m) {
        return m.atDay(1).with(TemporalAdjusters.firstInMonth(DayOfWeek.TUESDAY));
    }

    static void assertFigure(Figure f, long value, Long previous, Long lastYear, Double fromPrevious, Double fromLastYear) {
        assertEquals(java.util.Arrays.asList(value, previous, lastYear), java.util.Arrays.asList(f.value(), f.previous(), f.lastYear()));
        assertEquals(fromPrevious, f.changeFromPrevious(), "change from the previous month");
        assertEquals(fromLastYear, f.changeFromLastYear(), "change from the same month a year earlier");
    }

    @Test
    void aKnownDataSetGivesEveryFigureExactly() {
        int year = someYear(1910);
        YearMonth m = YearMonth.of(year, 3);
        String prefix = "R" + Long.toString(System.nanoTime(), 36) + "-";
        importKnown(prefix + "a", firstTuesday(m));
        importKnown(prefix + "b", firstTuesday(m));
        importKnown(prefix + "p", firstTuesday(m.minusMonths(1)));
        importKnown(prefix + "y", firstTuesday(m.minusMonths(12)));
        publish(PublicationType.BERITA, "Berita uji laporan " + prefix, m.atDay(10));
        publish(PublicationType.DATA, "Data uji laporan " + prefix, m.atDay(20));
        publish(PublicationType.BERITA, "Berita bulan lalu " + prefix, m.minusMonths(1).atDay(3));
        publish(PublicationType.KEGIATAN, "Webinar uji laporan " + prefix, m.atDay(12));
        traffic.record(m.atDay(5), Map.of("/", 3L, "/peraturan", 2L), List.of("h1", "h2"), Map.of("/", "Beranda"));
        traffic.record(m.atDay(6), Map.of("/", 1L), List.of("h1"));

        MonthlyReport report = reports.open(m);
        assertEquals(ReportState.DRAFT, report.getState());
        assertEquals(1, report.getRevision());
        ReportSnapshot s = report.snapshot();

        assertFigure(s.figure("tickets.total"), 10, 5L, 5L, 100.0, 100.0);
        assertFigure(s.figure("tickets.byChannel.WHATSAPP"), 2, 1L, 1L, 100.0, 100.0);
        assertFalse(s.has("tickets.byChannel.CHATBOT"), "chatbot users are another service, not a consultation line");
        assertFigure(s.figure("tickets.byCategory.PEMDA"), 6, 3L, 3L, 100.0, 100.0);
        assertFigure(s.figure("tickets.byCategory.AKADEMISI"), 0, 0L, 0L, null, null);
        assertFigure(s.figure("tickets.byTopic.DAU"), 4, 2L, 2L, 100.0, 100.0);
        assertFigure(s.figure("tickets.byTopic.APLIKASI"), 2, 1L, 1L, 100.0, 100.0);
        // per channel: the last nine months (M−1 holds one import, M two) and the three most asked topics
        List<ReportModel.Point> whatsApp = s.channelTrend().get("WHATSAPP");
        assertEquals(9, whatsApp.size());
        assertEquals(new ReportModel.Point(m.minusMonths(8), 0), whatsApp.get(0));
        assertEquals(new ReportModel.Point(m.minusMonths(1), 1), whatsApp.get(7));
        assertEquals(new ReportModel.Point(m, 2), whatsApp.get(8));
        assertEquals(2, s.channelTrend().get("HELPDESK").get(8).value(), "HAI with the web form");
        assertEquals(List.of("DAU", "DBH"), s.channelTopics().get("WHATSAPP").stream().map(t -> t.code()).toList());
        assertEquals(2, s.channelTopics().get("WHATSAPP").get(0).count());
        assertEquals(List.of("DAU"), s.channelTopics().get("EMAIL").stream().map(t -> t.code()).toList());
        JsonObject hours = s.object("tickets.serviceHours");
        assertEquals(2, hours.getJsonObject("WIB").getInt("inside"));
        assertEquals(2, hours.getJsonObject("WIB").getInt("outside"));
        assertEquals(2, hours.getJsonObject("WIT").getInt("inside"));
        assertEquals(2, hours.getJsonObject("WITA").getInt("outside"));
        assertEquals(2, hours.getInt("unidentified"));
        var view = new id.djpk.portal.report.ReportView(reports.open(m), java.util.Locale.forLanguageTag("id"), WIB);
        assertEquals(List.of("WIB", "2", "2", "50%"), view.getServiceHours().get(0).getCells(), "WIB's share of the out-of-hours");
        JsonObject escalated = s.object("tickets.escalated");
        assertEquals(6, escalated.getInt("count"));
        assertEquals(4, escalated.getInt("outsideHours"));
        assertEquals(4, escalated.getInt("outsideHoursEscalated"));
        assertEquals(15, s.number("tickets.ytd"), "February and March");
        assertEquals(List.of(5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5, 10), s.list("tickets.trend").stream().map(t -> t.getInt("total"))
                .toList(), "the thirteen months from M−12 to M");
        assertEquals(m.minusMonths(12).toString(), s.list("tickets.trend").get(0).getString("month"));
        assertEquals(4, s.object("tickets.l2Units").getJsonObject("DTU").getInt("count"));
        assertEquals("32.73", s.list("tickets.topPemda").get(0).getString("regionCode"));
        assertEquals(4, s.list("tickets.topPemda").get(0).getInt("count"));
        // "rata-rata nilai kepuasan": every rating of both questions, (9 + 7 + 3 + 3) / 6 in each import
        assertEquals(3.67, s.object("tickets.satisfactionAverage").getJsonNumber("value").doubleValue());
        assertEquals(3.5, s.object("tickets.satisfactionAverage").getJsonNumber("target").doubleValue());
        assertTrue(s.object("tickets.satisfactionAverage").getBoolean("meetsTarget"));

        assertFigure(s.figure("publications.total"), 2, 1L, 0L, 100.0, null);
        assertEquals(3, s.number("publications.ytd"));
        assertEquals(List.of("Berita uji laporan " + prefix, "Data uji laporan " + prefix),
                s.list("publications.list").stream().map(p -> p.getString("title")).toList());
        assertFigure(s.figure("events.total"), 1, 0L, 0L, null, null);
        assertEquals("Webinar uji laporan " + prefix, s.list("events.list").get(0).getString("title"));
        assertFigure(s.figure("website.visitors"), 3, 0L, 0L, null, null);
        assertFigure(s.figure("website.pageViews"), 6, 0L, 0L, null, null);
        assertEquals("/", s.list("website.topPages").get(0).getString("path"));
        assertEquals("Beranda", s.list("website.topPages").get(0).getString("title"), "named by the page's title");
        List<JsonObject> websiteTrend = s.list("website.trend");
        assertEquals(6, websiteTrend.size(), "the last six months up to M");
        assertEquals(m.minusMonths(5).toString(), websiteTrend.get(0).getString("month"));
        assertEquals(m.toString(), websiteTrend.get(5).getString("month"));
        assertEquals(3, websiteTrend.get(5).getInt("visitors"));
        assertEquals(6, websiteTrend.get(5).getInt("pageViews"));

        assertFigure(s.figure("ppid.received"), 0, 0L, 0L, null, null);
        assertEquals(0, s.number("ppid.ytd"));
        assertFigure(s.figure("visits.total"), 0, 0L, 0L, null, null);
        assertFigure(s.figure("videoConferences.total"), 0, 0L, 0L, null, null);
        assertEquals(0, s.number("visits.ytd"));

        assertEquals(report.getId(), reports.open(m).getId(), "the first request compiles; later ones read");

        // the PDF (text extracted with PDFBox) and the CSV carry the same figures
        String pdf = pdfText(reports.pdf(report));
        assertTrue(pdf.contains("LAPORAN LAYANAN INFORMASI DJPK"), pdf);
        assertTrue(pdf.contains("Jumlah tiket konsultasi bulan Maret " + year + " sebanyak 10, naik 100% dibandingkan "
                + "bulan sebelumnya (5) dan naik 100% dibandingkan bulan Maret " + (year - 1) + " (5)."), pdf);
        assertTrue(pdf.contains("Jumlah publikasi website bulan Maret " + year + " sebanyak 2, naik 100% dibandingkan "
                + "bulan sebelumnya (1) dan tidak dapat dibandingkan dengan bulan Maret " + (year - 1) + " (0)."), pdf);
        assertTrue(pdf.contains("Berita uji laporan " + prefix), pdf);
        assertTrue(pdf.contains("Webinar uji laporan " + prefix), pdf);
        assertTrue(pdf.contains("sebanyak 15 konsultasi"), pdf);
        assertTrue(pdf.contains("Tiket per kanal: tiga topik teratas dan sembilan bulan terakhir"), pdf);
        assertTrue(pdf.contains("WhatsApp 2 1 1 Dana Alokasi Umum (2), "), pdf);
        assertTrue(pdf.contains("Rata-rata nilai kepuasan (Kepuasan Layanan dan Substansi Jawaban) bulan Maret " + year
                + ": 3,7 dari 5; target 3,5, tercapai."), pdf);
        String csv = new String(reports.csv(report), StandardCharsets.UTF_8);
        assertTrue(csv.contains("\r\ntickets.total,10,5,5,100.0,100.0,false,\r\n"), csv);
        assertTrue(csv.contains("\r\ntickets.ytd,15,"), csv);
    }

    static String pdfText(byte[] pdf) {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void publishingFreezesTheFiguresAndACorrectionIsANewRevision() {
        int year = someYear(1950);
        YearMonth m = YearMonth.of(year, 3);
        YearMonth prev = m.minusMonths(1);
        String prefix = "F" + Long.toString(System.nanoTime(), 36) + "-";
        importKnown(prefix + "a", firstTuesday(m));

        // the editor's figures of the month before, for the change of an entered figure
        reports.open(prev);
        reports.enter(prev, "socialMedia.posts.INSTAGRAM", 20L);

        MonthlyReport draft = reports.open(m);
        assertFigure(draft.snapshot().figure("tickets.total"), 5, 0L, 0L, null, null);
        MonthlyReport entered = reports.enter(m, "socialMedia.posts.INSTAGRAM", 27L);
        Figure posts = entered.snapshot().figure("socialMedia.posts.INSTAGRAM");
        assertFigure(posts, 27, 20L, null, 35.0, null);
        assertTrue(posts.isEntered());
        assertNotNull(posts.enteredAt());
        reports.addBlast(m, m.atDay(2), "Undangan webinar", BlastChannel.WHATSAPP);
        assertEquals(1, reports.open(m).snapshot().figure("blasts.total").value());
        assertEquals("report.keyUnknown", assertThrows(InvalidInputException.class,
                () -> reports.enter(m, "tickets.total", 99L)).getViolations().get(0).key());
        assertEquals("report.valueInvalid", assertThrows(InvalidInputException.class,
                () -> reports.enter(m, "chatbot.menu.TKD", -1L)).getViolations().get(0).key());

        // refresh while a draft: new data shows; the entered figures stay
        importKnown(prefix + "b", firstTuesday(m));
        MonthlyReport refreshed = reports.refresh(m);
        assertEquals(10, refreshed.snapshot().figure("tickets.total").value());
        assertEquals(27, refreshed.snapshot().figure("socialMedia.posts.INSTAGRAM").value());

        assertEquals("report.evaluationMissing", assertThrows(BusinessException.class, () -> reports.submit(m)).getKey());
        reports.write(m, "DAU: penyaluran tahap II", "Tidak ada pengaduan.", "Layanan berjalan baik.");
        assertEquals(ReportState.IN_REVIEW, reports.submit(m).getState());
        assertEquals("report.notDraft", assertThrows(BusinessException.class, () -> reports.refresh(m)).getKey());
        assertEquals("report.notDraft", assertThrows(BusinessException.class,
                () -> reports.enter(m, "chatbot.menu.TKD", 4L)).getKey());
        assertEquals("report.notPublished", assertThrows(BusinessException.class, () -> reports.revise(m, "x")).getKey());

        MonthlyReport published = reports.publish(m);
        assertEquals(ReportState.PUBLISHED, published.getState());
        assertNotNull(published.getPublishedAt());
        Publication listed = publications.get(published.getPublicationId());
        assertEquals(PublicationType.LAPORAN, listed.getType());
        assertEquals(List.of(ReportService.pdfName(published)),
                listed.getAttachments().stream().map(x -> x.getFileName()).toList(), "the PDF is listed with it");
        assertTrue(listed.getTitle().contains("Maret " + year), listed.getTitle());
        // the listing is dated the day the report was published, a month later: it is not one of that month's
        // publications, while a report a publisher lists as LAPORAN that month is
        YearMonth listedIn = YearMonth.from(listed.getDocDate());
        publish(PublicationType.LAPORAN, "Laporan tahunan uji " + prefix, listed.getDocDate());
        List<String> titles = compilation.sources(listedIn).publications().stream().map(ReportCompiler.Item::title).toList();
        assertFalse(titles.contains(listed.getTitle()), titles.toString());
        assertTrue(titles.contains("Laporan tahunan uji " + prefix), titles.toString());

        // later data does not change the published report
        importKnown(prefix + "c", firstTuesday(m));
        assertEquals(15, helpdesk.figures(m).total());
        assertEquals(10, reports.published(m).orElseThrow().snapshot().figure("tickets.total").value());
        assertEquals("report.notDraft", assertThrows(BusinessException.class, () -> reports.refresh(m)).getKey());

        // the correction: revision 2, recompiled, with the note; revision 1 stays public until it is published
        assertEquals("report.changeNoteRequired", assertThrows(InvalidInputException.class,
                () -> reports.revise(m, " ")).getViolations().get(0).key());
        MonthlyReport revision = reports.revise(m, "Tiket impor susulan");
        assertEquals(2, revision.getRevision());
        assertEquals(ReportState.DRAFT, revision.getState());
        assertEquals("Tiket impor susulan", revision.getChangeNote());
        assertEquals(15, revision.snapshot().figure("tickets.total").value());
        assertEquals(27, revision.snapshot().figure("socialMedia.posts.INSTAGRAM").value(), "entries carried over");
        assertEquals("Layanan berjalan baik.", revision.getEvaluation());
        assertEquals(1, reports.published(m).orElseThrow().getRevision());

        reports.submit(m);
        MonthlyReport second = reports.publish(m);
        assertEquals(2, reports.published(m).orElseThrow().getRevision());
        assertEquals(15, reports.published(m).orElseThrow().snapshot().figure("tickets.total").value());
        assertEquals(published.getPublicationId(), second.getPublicationId(), "one listing, updated");
        assertEquals(List.of(ReportService.pdfName(second)), publications.get(second.getPublicationId()).getAttachments()
                .stream().map(x -> x.getFileName()).toList(), "the listing carries the corrected PDF only");
        assertTrue(pdfText(reports.pdf(second)).contains("Catatan perubahan: Tiket impor susulan"));
        assertEquals(List.of(ReportState.PUBLISHED, ReportState.SUPERSEDED),
                reports.revisions(m).stream().map(MonthlyReport::getState).toList());
    }

    /** A month of a year of the span whose report nobody has made yet: July, which no other test uses. */
    MonthlyReport reportInReview(int from) {
        YearMonth m;
        do {
            m = YearMonth.of(someYear(from), 7);
        } while (reports.find(m).isPresent());
        reports.open(m);
        reports.write(m, null, null, "Layanan berjalan baik.");
        return reports.submit(m);
    }

    static String listingTitle(YearMonth m) {
        return "Laporan Layanan Informasi DJPK Juli " + m.getYear();
    }

    @Test
    void publishingInTheBackgroundShowsItsProgressNamesTheEditorAndListsThePdf() throws Exception {
        MonthlyReport inReview = reportInReview(1910);
        YearMonth m = inReview.getMonth();
        String editor = audit.currentActor();
        assertTrue(editor.startsWith(SignedInEditor.NAME + "-"), editor);

        PublishJob job = publishing.start(m);
        assertEquals(editor, job.getActor(), "the signed-in editor starts it");
        try {
            assertSame(job, publishing.start(m), "a second click gets the run under way, not another one");
        } catch (BusinessException e) {
            assertEquals("report.notInReview", e.getKey(), "or, when the first has already ended, a refusal");
            assertFalse(job.isRunning());
        }
        assertSame(job, publishing.job(m).orElseThrow(), "a page opened meanwhile finds the run");
        List<Integer> seen = new java.util.ArrayList<>();
        long until = System.currentTimeMillis() + 120_000;
        while (job.isRunning() && System.currentTimeMillis() < until) {
            seen.add(job.getPercent());
            Thread.sleep(20);
        }
        assertEquals(PublishJob.Outcome.PUBLISHED, job.getOutcome(), job.getFailureKey());
        assertEquals(100, job.getPercent());
        assertEquals(ReportStep.DONE, job.getStep());
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i) >= seen.get(i - 1) && seen.get(i) < 100, "never back, below 100 until done: " + seen);
        }

        MonthlyReport published = reports.find(m).orElseThrow();
        assertEquals(ReportState.PUBLISHED, published.getState());
        assertEquals(editor, published.getPublishedBy());
        Publication listed = publications.get(published.getPublicationId());
        assertEquals(List.of(ReportService.pdfName(published)), listed.getAttachments().stream().map(x -> x.getFileName())
                .toList(), "the PDF built in the background is listed with it");
        assertTrue(pdfText(reports.pdf(published)).contains("Layanan berjalan baik."));
        // the worker thread carries the editor's identity: the report's and the listing's records name the editor
        List<AuditEntry> trail = new java.util.ArrayList<>(audit.forEntity("MonthlyReport", published.getId()));
        trail.addAll(audit.forEntity("Publication", listed.getId()));
        for (String action : List.of("REPORT_PUBLISHED", "PUBLICATION_CREATED", "ATTACHMENT_ADDED", "PUBLICATION_PUBLISHED")) {
            List<String> actors = trail.stream().filter(a -> a.getAction().equals(action)).map(AuditEntry::getActor).toList();
            assertEquals(List.of(editor), actors, action);
        }
        assertEquals("report.notInReview", assertThrows(BusinessException.class, () -> publishing.start(m)).getKey(),
                "published: nothing more to start");
    }

    @Test
    void aPublishingThatFailsLeavesTheReportInReviewAndNothingListed() {
        MonthlyReport inReview = reportInReview(1950);
        YearMonth m = inReview.getMonth();
        List<ReportStep> steps = new java.util.ArrayList<>();

        assertThrows(RuntimeException.class, () -> reports.publish(m, (percent, step) -> {
            steps.add(step);
            if (step == ReportStep.CHANNEL_CHART) {
                throw new IllegalStateException("the chart cannot be drawn");
            }
        }));
        assertTrue(steps.containsAll(List.of(ReportStep.PREPARING, ReportStep.COVER, ReportStep.TREND_CHART)), steps.toString());

        MonthlyReport after = reports.find(m).orElseThrow();
        assertEquals(ReportState.IN_REVIEW, after.getState(), "still in review");
        assertNull(after.getPublishedAt());
        assertNull(after.getPublicationId());
        assertEquals(0, publications.staffList(PublicationType.LAPORAN, null, listingTitle(m), 0, 5).total(),
                "no listing left behind");
        assertTrue(audit.forEntity("MonthlyReport", after.getId()).stream().noneMatch(a -> a.getAction().equals("REPORT_PUBLISHED")));

        // the same report publishes once the cause is gone
        assertEquals(ReportState.PUBLISHED, reports.publish(m).getState());
        assertEquals(1, publications.staffList(PublicationType.LAPORAN, null, listingTitle(m), 0, 5).total());
    }

    @Test
    void chatbotMenusEmailLaporTypesAndBlastsAddUpOverTheYearAndACorrectionCarriesThem() {
        int year = someYear(1850);
        YearMonth feb = YearMonth.of(year, 2);
        YearMonth m = YearMonth.of(year, 3);

        reports.open(feb);
        reports.enter(feb, "chatbot.menu.TKD", 100L);
        reports.enter(feb, "chatbot.menu.TIDAK_DILANJUTKAN", 50L);
        reports.enter(feb, "emailLapor.byType.DAU", 10L);
        reports.addBlast(feb, feb.atDay(5), "Undangan sosialisasi DAU", BlastChannel.WHATSAPP);

        reports.open(m);
        reports.enter(m, "chatbot.menu.TKD", 161L);
        reports.enter(m, "chatbot.menu.AKPD", 20L);
        reports.enter(m, "chatbot.menu.CHAT_AGENT", 40L);
        reports.enter(m, "chatbot.menu.TIDAK_DILANJUTKAN", 351L);
        reports.enter(m, "emailLapor.byType.DAU", 314L);
        reports.enter(m, "emailLapor.byType.DBH", 52L);
        reports.enter(m, "emailLapor.byType.INSENTIF_FISKAL", 14L);
        assertEquals("report.keyUnknown", assertThrows(InvalidInputException.class,
                () -> reports.enter(m, "chatbot.users", 583L)).getViolations().get(0).key(), "a sum, not typed in");
        assertEquals("report.keyUnknown", assertThrows(InvalidInputException.class,
                () -> reports.enter(m, "blasts.total", 3L)).getViolations().get(0).key(), "the list's count");

        // blasts: within the month, with a subject and a channel
        InvalidInputException bad = assertThrows(InvalidInputException.class,
                () -> reports.addBlast(m, feb.atDay(28), " ", null));
        assertEquals(List.of("report.blastDateOutside", "report.blastSubjectRequired", "report.blastChannelRequired"),
                bad.getViolations().stream().map(v -> v.key()).toList());
        reports.addBlast(m, m.atDay(21), "Sosialisasi Pembiayaan Kreatif Daerah", BlastChannel.EMAIL);
        reports.addBlast(m, m.atDay(1), "Monitoring dan Evaluasi Implementasi JF AKPD", BlastChannel.WHATSAPP);
        MonthlyReport r = reports.addBlast(m, m.atDay(24), "Salah ketik", BlastChannel.WHATSAPP);
        ReportBlast wrong = r.getBlasts().stream().filter(b -> b.getSubject().equals("Salah ketik")).findFirst().orElseThrow();
        r = reports.removeBlast(m, wrong.getId());
        assertEquals(List.of("Monitoring dan Evaluasi Implementasi JF AKPD", "Sosialisasi Pembiayaan Kreatif Daerah"),
                r.getBlasts().stream().map(ReportBlast::getSubject).toList(), "by date");

        ReportSnapshot s = reports.open(m).snapshot();
        assertFigure(s.figure("chatbot.users"), 161 + 20 + 351, 150L, null, 254.7, null);
        assertFigure(s.figure("chatbot.menu.TKD"), 161, 100L, null, 61.0, null);
        assertEquals(532 + 150, s.number("chatbot.ytd"));
        assertFigure(s.figure("emailLapor.total"), 380, 10L, null, 3700.0, null);
        assertEquals(82.6, s.share("emailLapor.byType.DAU"));
        assertEquals(390, s.number("emailLapor.ytd"));
        assertFigure(s.figure("blasts.total"), 2, 1L, null, 100.0, null);
        assertTrue(s.figure("blasts.total").isEntered());
        assertEquals(3, s.number("blasts.ytd"));
        assertEquals(List.of("EMAIL", "WHATSAPP"), s.list("blasts.list").stream().map(b -> b.getString("channel")).sorted().toList());
        String csv = new String(reports.csv(reports.open(m)), StandardCharsets.UTF_8);
        assertTrue(csv.contains("\r\nchatbot.users,532,150,,254.7,,true,"), csv);
        assertTrue(csv.contains("\r\nblasts.ytd,3,"), csv);

        String pdf = pdfText(reports.pdf(reports.open(m)));
        assertTrue(pdf.contains("jumlah pengguna layanan Chatbot (tanpa Chat Agent) adalah sebanyak 532 pengguna"), pdf);
        assertTrue(pdf.contains("Informasi Anggaran Transfer ke Daerah 161"), pdf);
        assertTrue(pdf.contains("Laporan Syarat Salur DAU 314 82,6%"), pdf);
        assertTrue(pdf.contains("Sosialisasi Pembiayaan Kreatif Daerah"), pdf);
        assertTrue(pdf.contains("telah dilaksanakan 3 penyampaian informasi"), pdf);

        // published: frozen; a blast can no longer be added or removed
        reports.write(m, null, null, "Chatbot dan Email Lapor diisi.");
        reports.submit(m);
        reports.publish(m);
        assertEquals("report.notDraft", assertThrows(BusinessException.class,
                () -> reports.addBlast(m, m.atDay(2), "Terlambat", BlastChannel.EMAIL)).getKey());
        long kept = reports.open(m).getBlasts().get(0).getId();
        assertEquals("report.notDraft", assertThrows(BusinessException.class, () -> reports.removeBlast(m, kept)).getKey());
        assertEquals("report.notDraft", assertThrows(BusinessException.class,
                () -> reports.enter(m, "chatbot.menu.TKD", 1L)).getKey());
        assertEquals(2, reports.published(m).orElseThrow().getBlasts().size());

        // a correction carries the entries and the blasts, and the sums come out the same
        MonthlyReport revision = reports.revise(m, "Koreksi angka chatbot");
        assertEquals(2, revision.getBlasts().size());
        ReportSnapshot r2 = revision.snapshot();
        assertEquals(532, r2.figure("chatbot.users").value());
        assertEquals(380, r2.figure("emailLapor.total").value());
        assertEquals(2, r2.figure("blasts.total").value());
        assertEquals(3, r2.number("blasts.ytd"));
        reports.enter(m, "chatbot.menu.TKD", 170L);
        assertEquals(541, reports.open(m).snapshot().figure("chatbot.users").value());
        assertEquals(532, reports.published(m).orElseThrow().snapshot().figure("chatbot.users").value(), "rev 1 unchanged");
    }

    /** A Meta Business Suite content export of Instagram: two feed posts and one story in the month, one post after. */
    static byte[] instagramExport(YearMonth m) {
        String mm = String.format("%02d", m.getMonthValue());
        YearMonth next = m.plusMonths(1);
        return ("\uFEFF\"Post ID\",\"Account ID\",\"Account username\",\"Account name\",Description,\"Duration (sec)\","
                + "\"Publish time\",Permalink,\"Post type\",\"Data comment\",Date,Views,Reach,Likes,Shares,Follows,Comments,Saves\n"
                + "1,9,ditjenpk,DJPK,Berikutnya,0,\"" + String.format("%02d", next.getMonthValue()) + "/01/" + next.getYear()
                + " 00:10\",https://www.instagram.com/p/A1/,\"IG image\",,Lifetime,\"6,100\",\"5,000\",1,0,0,0,0\n"
                + "2,9,ditjenpk,DJPK,\"Rekap DAU\",0,\"" + mm + "/28/" + m.getYear() + " 10:00\",https://www.instagram.com/p/A2/,"
                + "\"IG image\",,Lifetime,\"2,600\",\"2,000\",1,0,0,0,0\n"
                + "3,9,ditjenpk,DJPK,\"Cerita SIKD\",0,\"" + mm + "/20/" + m.getYear() + " 09:00\","
                + "https://www.instagram.com/stories/ditjenpk/3/,\"IG story\",,Lifetime,700,650,0,0,0,0,0\n"
                + "4,9,ditjenpk,DJPK,\"Reels TKD\",0,\"" + mm + "/15/" + m.getYear() + " 13:30\",https://www.instagram.com/reel/A4/,"
                + "\"IG reel\",,Lifetime,\"15,000\",\"12,034\",1,0,0,0,0\n").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void socialMediaFiguresAreReadFromThePlatformsExportAndTypingStaysTheFallback() {
        YearMonth m = YearMonth.of(someYear(1760), 3);
        reports.open(m);
        reports.enter(m, "socialMedia.followers.INSTAGRAM", 116_890L);
        reports.enter(m, "socialMedia.posts.INSTAGRAM", 99L);

        ReportService.SocialImport read = reports.importSocialMedia(m, "konten-ig.csv", new ByteArrayInputStream(instagramExport(m)));
        String source = "Meta Business Suite: konten-ig.csv";
        assertEquals(Set.of("socialMedia.posts.INSTAGRAM", "socialMedia.stories.INSTAGRAM", "socialMedia.reach.INSTAGRAM"),
                read.figures().keySet());
        ReportSnapshot s = reports.open(m).snapshot();
        assertEquals(3, s.figure("socialMedia.posts.INSTAGRAM").value(), "two feed posts and a story replace the typed 99");
        assertEquals(1, s.figure("socialMedia.stories.INSTAGRAM").value());
        assertEquals(14_034, s.figure("socialMedia.reach.INSTAGRAM").value());
        assertEquals(source, s.importedFrom("socialMedia.posts.INSTAGRAM"));
        assertEquals(116_890, s.figure("socialMedia.followers.INSTAGRAM").value(), "not in the file: stays as typed");
        assertNull(s.importedFrom("socialMedia.followers.INSTAGRAM"));
        assertEquals(7_017, s.platform("INSTAGRAM").averageReach().value(), "14.034 over the two feed posts");
        assertTrue(audit.forEntity("MonthlyReport", reports.open(m).getId()).stream()
                .anyMatch(e -> "REPORT_FIGURE_IMPORTED".equals(e.getAction()) && e.getDetail().contains(source)));

        // a file that is no export, and an export without the month, are refused and change nothing
        BusinessException notExport = assertThrows(BusinessException.class, () -> reports.importSocialMedia(m, "x.csv",
                new ByteArrayInputStream("nama,nilai\nA,1\n".getBytes(StandardCharsets.UTF_8))));
        assertEquals("report.socialExport", notExport.getKey());
        assertTrue(String.valueOf(notExport.getArguments()[0]).contains("bukan ekspor"), notExport.getArguments()[0].toString());
        YearMonth later = m.plusMonths(2);
        reports.open(later);
        BusinessException otherMonth = assertThrows(BusinessException.class, () -> reports.importSocialMedia(later,
                "konten-ig.csv", new ByteArrayInputStream(instagramExport(m))));
        assertEquals("report.socialExport", otherMonth.getKey());
        assertTrue(String.valueOf(otherMonth.getArguments()[1]).contains("May " + later.getYear()), otherMonth.getArguments()[1].toString());
        assertEquals(3, reports.open(m).snapshot().figure("socialMedia.posts.INSTAGRAM").value());

        // typing over an imported figure makes it typed again; the PDF names where each came from
        MonthlyReport typed = reports.enter(m, "socialMedia.posts.INSTAGRAM", 4L);
        assertNull(typed.snapshot().importedFrom("socialMedia.posts.INSTAGRAM"));
        String pdf = pdfText(reports.pdf(typed));
        assertTrue(pdf.contains("dari " + source), pdf);
        assertFalse(ReportJson.published(typed).toString().contains("konten-ig.csv"), "the public JSON leaves the file out");
    }

    @Test
    void theFirstWorkingDayBringsTheDraftAndTellsTheEditors() {
        int year = someYear(1980);
        YearMonth april = YearMonth.of(year, 4);
        String name = "editor" + Long.toString(System.nanoTime(), 36);
        String address = name + "@example.go.id";
        staff.create(name, "Editor Laporan", address, "rahasia-panjang-1", Set.of(Role.REPORT_EDITOR), null, AuditTrail.SYSTEM);
        LocalDate first = drafts.firstWorkingDay(april);

        assertTrue(drafts.monthlyDraft(first.plusDays(1)).isEmpty(), "only on the first working day");
        MonthlyReport draft = drafts.monthlyDraft(first).orElseThrow();
        assertEquals(april.minusMonths(1), draft.getMonth());
        assertEquals(ReportState.DRAFT, draft.getState());
        List<OutboxMessage> sent = mail.about(ReportService.ABOUT, april.minusMonths(1).toString());
        assertTrue(sent.stream().anyMatch(x -> x.getRecipient().equals(address)
                && x.getBody().contains("/portal/laporan/laporan.xhtml?bulan=" + april.minusMonths(1))), "the editor is told");
        assertTrue(drafts.monthlyDraft(first).isEmpty(), "once");

        assertEquals("report.futureMonth", assertThrows(BusinessException.class,
                () -> reports.open(YearMonth.now(WIB).plusMonths(2))).getKey());
    }

    /** A step the services keep to other roles than the report editor's (seeding data), run as an administrator. */
    <T> T asAdministrator(java.util.concurrent.Callable<T> step) {
        try {
            return administrator.call(step);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------- issue #16: the office's counting, PPID

    @Inject
    id.djpk.portal.system.OfficeClock officeClock;
    @Inject
    id.djpk.portal.ppid.PpidService ppidRequests;
    @Inject
    id.djpk.portal.ppid.PpidDesk ppidDesk;
    @Inject
    id.djpk.portal.calendar.CalendarService calendar;

    /**
     * Tickets agents logged by hand for a video conference, a face-to-face consultation and a chatbot conversation,
     * each a Pemda 32.73 ticket on DAU inside WIB hours, escalated to DTU and rated by agent ani: counted, they would
     * show in every ticket figure.
     */
    static String handLogged(String prefix, LocalDate d) {
        String day = d.toString();
        StringBuilder csv = new StringBuilder(String.join(",", id.djpk.portal.helpdesk.TicketCsv.COLUMNS)).append("\r\n");
        for (String channel : List.of("VIDEO_CONFERENCE", "TATAP_MUKA", "CHATBOT")) {
            csv.append(prefix).append(channel).append(',').append(day).append("T10:00:00+07:00,").append(channel)
                    .append(",Tamu,").append(prefix).append("t@example.go.id,,PEMDA,32.73,BPKAD,DAU,Konsultasi,ani,")
                    .append(day).append("T10:05:00+07:00,").append(day).append("T10:30:00+07:00,DTU,").append(day)
                    .append("T14:00:00+07:00,").append(day).append("T15:00:00+07:00,5,5\r\n");
        }
        return csv.toString();
    }

    @Test
    void everyTicketFigureCountsTheFiveConsultationChannelsOnly() {
        int year = someYear(1880);
        YearMonth m = YearMonth.of(year, 3);
        String prefix = "K" + Long.toString(System.nanoTime(), 36) + "-";
        importKnown(prefix + "a", firstTuesday(m));
        byte[] logged = handLogged(prefix + "h", firstTuesday(m)).getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of(), asAdministrator(() -> imports.importCsv(new ByteArrayInputStream(logged))).errors());

        // the helpdesk's own figures (its page and GET /portal/api/stats/helpdesk) count every ticket, as before
        var all = helpdesk.figures(m);
        assertEquals(8, all.total());
        assertEquals(1, all.byChannel().get("VIDEO_CONFERENCE"));
        assertEquals(1, all.byChannel().get("TATAP_MUKA"));

        ReportSnapshot s = reports.open(m).snapshot();
        assertFigure(s.figure("tickets.total"), 5, 0L, 0L, null, null);
        assertEquals(Set.of("TELEPON", "WHATSAPP", "EMAIL", "LIVE_CHAT", "HELPDESK"), s.figures("tickets.byChannel.").keySet(),
                "the five consultation lines (HAI with the web form); the other services are reported beside them");
        assertEquals(5, s.figures("tickets.byChannel.").values().stream().mapToLong(Figure::value).sum());
        assertEquals(3, s.figure("tickets.byCategory.PEMDA").value());
        assertEquals(2, s.figure("tickets.byTopic.DAU").value());
        JsonObject hours = s.object("tickets.serviceHours");
        assertEquals(1, hours.getJsonObject("WIB").getInt("inside"));
        assertEquals(1, hours.getJsonObject("WIB").getInt("outside"));
        assertEquals(1, hours.getInt("unidentified"));
        assertEquals(3, s.object("tickets.escalated").getInt("count"));
        assertEquals(2, s.object("tickets.l2Units").getJsonObject("DTU").getInt("count"));
        assertEquals(2, s.list("tickets.topPemda").get(0).getInt("count"), "32.73's consultations");
        assertEquals(2, s.object("tickets.satisfaction").values().iterator().next().asJsonObject().getInt("ratings"),
                "ani's ratings of consultations");
        assertEquals(5, s.number("tickets.ytd"));
        assertEquals(5, s.list("tickets.trend").get(12).getInt("total"));
        assertTrue(s.notes().contains(id.djpk.portal.report.ReportChannels.CONSULTATION_ONLY));
        String pdf = pdfText(reports.pdf(reports.open(m)));
        assertTrue(pdf.contains("sebanyak 5 konsultasi melalui WhatsApp, telepon, email, HAI Kemenkeu dan live chat."), pdf);
    }

    @Test
    void complaintsComeWithTheirRegionsAndEscalationsWithTheirTopicsOverTheConsultationChannels() {
        YearMonth m = YearMonth.of(someYear(1700), 3);
        String prefix = "C" + Long.toString(System.nanoTime(), 36) + "-";
        importKnown(prefix + "a", firstTuesday(m));
        String day = firstTuesday(m).toString();
        StringBuilder csv = new StringBuilder(String.join(",", id.djpk.portal.helpdesk.TicketCsv.COLUMNS)).append("\r\n");
        String[][] complaints = {{"WHATSAPP", "32.73", "PENGADUAN"}, {"EMAIL", "32.73", "PENGADUAN"}, {"WHATSAPP", "", "PENGADUAN"},
            {"TELEPON", "91.71", "KELUHAN_LAYANAN"}, {"VIDEO_CONFERENCE", "32.73", "KELUHAN_LAYANAN"}};
        for (int i = 0; i < complaints.length; i++) {
            String[] c = complaints[i];
            csv.append(prefix).append('c').append(i).append(',').append(day).append("T10:00:00+07:00,").append(c[0])
                    .append(",Warga,,,").append(c[1].isEmpty() ? "LAINNYA" : "PEMDA").append(',').append(c[1]).append(",,")
                    .append(c[2]).append(",Keluhan,,,,,,,,\r\n");
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of(), asAdministrator(() -> imports.importCsv(new ByteArrayInputStream(bytes))).errors());

        ReportSnapshot s = reports.open(m).snapshot();
        List<id.djpk.portal.report.ReportModel.Complaint> listed = s.complaints();
        assertEquals(List.of("PENGADUAN", "KELUHAN_LAYANAN"), listed.stream().map(id.djpk.portal.report.ReportModel.Complaint::code).toList());
        assertEquals(3, listed.get(0).count());
        assertEquals(List.of("Kota Bandung", ""), listed.get(0).regions().stream().map(id.djpk.portal.report.ReportModel.Count::name).toList(),
                "by the regions' short names, the unknown region last");
        assertEquals(List.of(2L, 1L), listed.get(0).regions().stream().map(id.djpk.portal.report.ReportModel.Count::count).toList());
        assertEquals(1, listed.get(1).count(), "the video conference's grievance is reported beside the consultation tickets");
        assertEquals("Kota Jayapura", listed.get(1).regions().get(0).name());

        // the known data's escalations: #1 (DAU, DBH; in hours), #2 (DAU; 18:30 WIB, out of hours), #4 (Aplikasi; live chat)
        assertEquals(List.of("DAU", "APLIKASI", "DBH"), s.escalatedTopics().stream().map(id.djpk.portal.report.ReportModel.Count::code).toList(),
                "most first, ties by name");
        assertEquals(2, s.escalatedTopics().get(0).count());
        assertTrue(s.escalatedOutsideTopics().stream().anyMatch(c -> c.code().equals("DAU") && c.count() == 1), s.escalatedOutsideTopics().toString());
        assertTrue(s.escalatedOutsideTopics().stream().noneMatch(c -> c.code().equals("DBH")), "#1 was asked in service hours");
        assertEquals(9, s.visitsTrend().size(), "the nine months of the visits, with the month's zeros");
        String pdf = pdfText(reports.pdf(reports.open(m)));
        assertTrue(pdf.contains("Kota Bandung (2)"), pdf);
    }

    @Test
    void ppidDecisionsTakeWorkingDaysOfTheCalendarAndObjectionsAreCounted() {
        int year = someYear(1820);
        YearMonth m = YearMonth.of(year, 3);
        LocalDate monday = m.atDay(1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
        LocalDate holiday = monday.plusDays(2);
        if (calendar.findHoliday(holiday).isEmpty()) {
            calendar.addHoliday(holiday, "Libur uji laporan PPID", id.djpk.portal.calendar.Holiday.Kind.LIBUR_NASIONAL);
        }
        LocalDate february = m.minusMonths(1).atDay(1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
        try {
            at(february, 9);
            ppidRequests.submit(id.djpk.portal.ppid.PpidForms.valid(), null, null);
            at(monday, 9);
            var slow = ppidRequests.submit(id.djpk.portal.ppid.PpidForms.valid(), null, null);
            var quick = ppidRequests.submit(id.djpk.portal.ppid.PpidForms.valid(), null, null);
            at(monday.plusDays(1), 10);
            // the PPID officer's steps, run as an administrator: the contract's caller is a report editor
            asAdministrator(() -> ppidDesk.decide(quick.trackingNumber(), id.djpk.portal.ppid.Decision.NOT_HELD,
                    "Tidak dikuasai DJPK.", null, null, "BPS"));
            at(monday.plusDays(7), 10);
            asAdministrator(() -> ppidDesk.decide(slow.trackingNumber(), id.djpk.portal.ppid.Decision.NOT_HELD,
                    "Tidak dikuasai DJPK.", null, null, "BPS"));
            at(monday.plusDays(8), 10);
            ppidRequests.fileObjection(quick.trackingNumber(), quick.accessCode(),
                    id.djpk.portal.ppid.ObjectionGround.E_NOT_FULFILLED, "Mohon dicari.");
            at(monday.plusDays(9), 10);
            asAdministrator(() -> ppidDesk.decideObjection(quick.trackingNumber(), id.djpk.portal.ppid.ObjectionOutcome.UPHELD,
                    "Jawaban PPID benar."));
        } finally {
            officeClock.set(null);
        }

        MonthlyReport report = reports.open(m);
        ReportSnapshot s = report.snapshot();
        assertFigure(s.figure("ppid.received"), 2, 1L, 0L, 100.0, null);
        assertEquals(3, s.number("ppid.ytd"));
        assertEquals(2, s.object("ppid.decided").getInt("NOT_HELD"));
        // Monday to the next Monday with the Wednesday a holiday: 4 working days; Monday to Tuesday: 1
        assertEquals(2.5, s.decimal("ppid.averageWorkingDays"));
        assertFigure(s.figure("ppid.objections"), 1, 0L, 0L, null, null);
        assertEquals(1, s.object("ppid.objectionOutcomes").getInt("UPHELD"));
        assertEquals(0, s.object("ppid.objectionOutcomes").getInt("OVERTURNED"));
        assertEquals(List.of(0, 1, 2), s.list("ppid.trend").stream().map(t -> t.getInt("received")).toList());
        assertEquals(m.toString(), s.list("ppid.trend").get(2).getString("month"));

        String pdf = pdfText(reports.pdf(report));
        assertTrue(pdf.contains("sampai keputusan: 2,5 hari kerja"), pdf);
        assertTrue(pdf.contains("Jumlah keberatan yang diajukan bulan Maret " + year + " sebanyak 1"), pdf);
        assertTrue(pdf.contains("Keberatan tidak diterima; jawaban PPID dikuatkan"), pdf);
        String csv = new String(reports.csv(report), StandardCharsets.UTF_8);
        assertTrue(csv.contains("\r\nppid.averageWorkingDays,2.5,"), csv);
        assertTrue(csv.contains("\r\nppid.objections,1,0,0,,,false,\r\n"), csv);
        JsonObject json = id.djpk.portal.report.ReportJson.of(report);
        assertEquals(2.5, json.getJsonNumber("ppid.averageWorkingDays").doubleValue());
        assertEquals(1, json.getJsonObject("ppid.objections").getInt("value"));
    }

    /** The office clock fixed at the hour of a day (WIB). */
    private void at(LocalDate day, int hour) {
        officeClock.set(java.time.Clock.fixed(day.atTime(hour, 0).atZone(WIB).toInstant(), WIB));
    }
}
