package id.djpk.portal.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report as an A4 PDF in the order of the seeds: cover, table of contents, summary, website, webinars, tickets
 * (trend, channels, users, topics, service hours, escalation, top Pemda, L2 units, satisfaction), visits and video
 * conferences, PPID, the entered figures and the staff's narrative. Like the office's own reports, each
 * {@link Section} begins on a page of its own, named in the table of contents with its page and bookmarked; every page
 * but the cover carries the running header and "Halaman N dari M" ({@link ReportPdfPages}). Charts are drawn by
 * {@link ReportCharts}, each beside the table that says the same in text, and only where there is something to show;
 * the font is embedded so the report prints the same everywhere. Indonesian only, as the office publishes it.
 * While it renders it tells a {@link ReportProgress} each {@link ReportStep} it begins, then 100 % when done.
 */
public final class ReportPdf {

    private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";
    private static final Locale ID = ReportText.ID;
    private static final Color NAVY = new Color(0x00, 0x3c, 0x71);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", ID);
    /** The requests the officer has not classified yet, as the report's pages name them ({@code ppidUnclassified}). */
    /** How many topics of each group the topic charts show (the table lists them all). */
    static final int TOP_TOPICS = 10;

    private final MonthlyReport report;
    private final ReportSnapshot s;
    /** The rows the pages show, in Indonesian: the PDF prints the report's newer parts from the same row builder. */
    private final ReportView rows;
    private final YearMonth month;
    private final ReportProgress progress;
    private final ZoneId zone;
    private int percent;
    private Font body;
    private Font small;
    private Font bold;
    private Font heading;
    private Document doc;
    private PdfWriter writer;
    private ReportPdfPages pages;
    private Section current;
    private Paragraph subsection;

    /**
     * The report's sections in the order they are printed, each beginning a page. The table of contents, the
     * headings and the bookmarks all take their titles from here, so they cannot disagree; a section is printed even
     * when it has nothing to say ("Tidak ada.", "belum diisi"), so no line of the contents is left without a page.
     */
    enum Section {
        SUMMARY("Ringkasan Publikasi dan Layanan Informasi"),
        WEBSITE("Publikasi Website DJPK"),
        EVENTS("Publikasi Webinar DJPK"),
        WEBSITE_VISITS("Kunjungan Website DJPK"),
        TICKETS("Tiket Konsultasi"),
        VIDEO_CONFERENCES("Layanan Video Conference DJPK"),
        VISITS("Layanan Konsultasi Tatap Muka DJPK"),
        PPID("Layanan PPID"),
        BLASTS("Layanan Blast"),
        CHATBOT("Layanan Chatbot DJPK"),
        EMAIL_LAPOR("Layanan Email Lapor DJPK"),
        SOCIAL_MEDIA("Publikasi Konten Media Sosial DJPK"),
        EMPLOYEE_ADVOCACY("Employee Advocacy"),
        ENTERED("Angka yang diisi editor"),
        TECHNICAL_TOPICS("Topik Konsultasi Teknis"),
        COMPLAINTS("Pengaduan dan Keluhan"),
        EVALUATION("Evaluasi dan Saran");

        final String title;

        Section(String title) {
            this.title = title;
        }

        /** The named destination of the section's heading, which the contents link to. */
        String anchor() {
            return "bagian-" + name().toLowerCase(Locale.ROOT);
        }
    }

    private ReportPdf(MonthlyReport report, ZoneId zone, ReportProgress progress) {
        this.report = report;
        this.zone = zone;
        this.s = report.snapshot();
        this.rows = new ReportView(report, ID, zone);
        this.month = report.getMonth();
        this.progress = progress;
    }

    /** The PDF; times (published, entered) on the days of {@code zone}, the office's. */
    public static byte[] render(MonthlyReport report, ZoneId zone) {
        return render(report, zone, ReportProgress.NONE);
    }

    /** The PDF, telling {@code progress} each step as it begins (on this thread). */
    public static byte[] render(MonthlyReport report, ZoneId zone, ReportProgress progress) {
        return new ReportPdf(report, zone, progress).render();
    }

    private byte[] render() {
        try {
            step(ReportStep.FONTS);
            BaseFont base = BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            body = new Font(base, 10f);
            small = new Font(base, 8.5f);
            bold = new Font(base, 10f, Font.BOLD);
            heading = new Font(base, 14f, Font.BOLD, NAVY);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc = new Document(PageSize.A4, 48, 48, 54, 54);
            writer = PdfWriter.getInstance(doc, out);
            // a chart that does not fit stays before its table on the next page rather than after text that fits
            writer.setStrictImageSequence(true);
            writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
            pages = new ReportPdfPages(base, "Laporan Layanan Informasi DJPK · " + ReportText.monthName(month, ID),
                    () -> step(ReportStep.FINISHING));
            writer.setPageEvent(pages);
            doc.addTitle(ReportText.title(month, ID));
            doc.addAuthor("Direktorat Jenderal Perimbangan Keuangan");
            doc.addCreator("Portal Layanan Informasi DJPK");
            doc.open();
            cover(base);
            pages.contents(doc, writer, heading, body);
            summary();
            website();
            tickets();
            visits();
            ppid();
            step(ReportStep.ENTERED);
            entered();
            narrative();
            flushSubsection();
            doc.close();
            step(ReportStep.DONE);
            return out.toByteArray();
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void step(ReportStep step) {
        percent = Math.max(percent, step == ReportStep.DONE ? 100 : step.pdfPercentAtStart());
        progress.reached(percent, step);
    }

    private void cover(BaseFont base) throws DocumentException {
        step(ReportStep.COVER);
        Paragraph p = new Paragraph("KEMENTERIAN KEUANGAN REPUBLIK INDONESIA\nDIREKTORAT JENDERAL PERIMBANGAN KEUANGAN", bold);
        p.setAlignment(Element.ALIGN_CENTER);
        doc.add(p);
        Paragraph t = new Paragraph("LAPORAN LAYANAN INFORMASI DJPK", new Font(base, 24f, Font.BOLD, NAVY));
        t.setAlignment(Element.ALIGN_CENTER);
        t.setSpacingBefore(220);
        doc.add(t);
        Paragraph m = new Paragraph(ReportText.monthName(month, ID), new Font(base, 18f, Font.NORMAL, NAVY));
        m.setAlignment(Element.ALIGN_CENTER);
        m.setSpacingBefore(12);
        doc.add(m);
        String state = "Revisi " + report.getRevision()
                + (report.getPublishedAt() != null ? " · terbit " + DAY.format(LocalDate.ofInstant(report.getPublishedAt(),
                        zone)) : " · " + report.getState().name());
        Paragraph r = new Paragraph(state, small);
        r.setAlignment(Element.ALIGN_CENTER);
        r.setSpacingBefore(180);
        doc.add(r);
        if (report.getChangeNote() != null) {
            Paragraph n = new Paragraph("Catatan perubahan: " + report.getChangeNote(), small);
            n.setAlignment(Element.ALIGN_CENTER);
            doc.add(n);
        }
        doc.newPage();
    }

    private void summary() throws DocumentException {
        step(ReportStep.SUMMARY);
        section(Section.SUMMARY);
        Long posts = s.figure(ReportModel.Total.SOCIAL_MEDIA_POSTS).value();
        List<String[]> tiles = List.of(
                tile(s.figure(ReportModel.Total.PUBLICATIONS).value(), "PUBLIKASI WEBSITE"),
                tile(posts, "PUBLIKASI KONTEN MEDIA SOSIAL*"),
                tile(s.figure(ReportModel.Total.BLASTS).value(), "BLAST"),
                tile(s.figure(ReportModel.Total.PPID_RECEIVED).value(), "LAYANAN PPID"),
                tile(s.figure(ReportModel.Total.TICKETS).value(), "TIKET KONSULTASI"),
                tile(s.figure(ReportModel.Total.VIDEO_CONFERENCES).value(), "VIDEO CONFERENCE"),
                tile(s.figure(ReportModel.Total.VISITS).value(), "KONSULTASI TATAP MUKA"),
                tile(s.figure(ReportModel.Total.EVENTS).value(), "WEBINAR/FGD"));
        PdfPTable table = new PdfPTable(4);
        table.setWidthPercentage(100);
        for (String[] t : tiles) {
            PdfPCell cell = new PdfPCell();
            cell.setPadding(8);
            cell.setBorderColor(new Color(0xd9, 0xe2, 0xec));
            Paragraph v = new Paragraph(t[0], heading);
            v.setAlignment(Element.ALIGN_CENTER);
            cell.addElement(v);
            Paragraph l = new Paragraph(t[1], small);
            l.setAlignment(Element.ALIGN_CENTER);
            cell.addElement(l);
            table.addCell(cell);
        }
        add(table);
        add(new Paragraph(s.blastsFromData()
                ? "*rata-rata publikasi media sosial. Angka media sosial diisi oleh editor (belum tercatat di portal); "
                        + "blast dari data portal."
                : "*rata-rata publikasi media sosial. Angka media sosial dan blast diisi oleh editor "
                        + "(belum tercatat di portal).", small));
    }

    private String[] tile(Long value, String label) {
        return new String[] {Change.count(value, ID), label};
    }

    private void website() throws DocumentException {
        step(ReportStep.WEBSITE);
        section(Section.WEBSITE);
        text("Sampai dengan bulan " + ReportText.monthName(month, ID) + ", terdapat " + count(s.yearToDate(ReportModel.Total.PUBLICATIONS))
                + " publikasi pada Website DJPK tahun ini.");
        text(ReportText.comparison("publikasi website", s.figure(ReportModel.Total.PUBLICATIONS), month, ID));
        list(s.publications(), new String[] {"Tanggal", "Jenis", "Judul"}, new float[] {18, 20, 62},
                i -> new String[] {date(i.date()), i.typeLabel(), i.title()});

        section(Section.EVENTS);
        text("Sampai dengan bulan " + ReportText.monthName(month, ID) + ", DJPK telah melaksanakan "
                + count(s.yearToDate(ReportModel.Total.EVENTS)) + " webinar/FGD tahun ini.");
        text(ReportText.comparison("webinar/FGD", s.figure(ReportModel.Total.EVENTS), month, ID));
        list(s.events(), new String[] {"Tanggal", "Kegiatan"}, new float[] {18, 82},
                i -> new String[] {date(i.date()), i.title()});

        section(Section.WEBSITE_VISITS);
        text(ReportText.comparison("pengunjung Website DJPK", s.figure(ReportModel.Total.WEBSITE_VISITORS), month, ID));
        text(ReportText.comparison("halaman yang dilihat", s.figure(ReportModel.Total.WEBSITE_PAGE_VIEWS), month, ID));
        trendChart("Pengunjung Website DJPK, enam bulan terakhir", s.websiteTrend(), 420);
        list(s.topPages(), new String[] {"Halaman yang paling banyak diakses", "Dilihat"}, new float[] {80, 20},
                i -> new String[] {i.name(), count(i.views())});
    }

    private void tickets() throws DocumentException {
        step(ReportStep.TICKETS);
        section(Section.TICKETS);
        text(ReportText.comparison("tiket konsultasi", s.figure(ReportModel.Total.TICKETS), month, ID));
        text("Selama Januari s.d. " + ReportText.monthName(month, ID) + ", jumlah konsultasi yang dilayani sebanyak "
                + count(s.yearToDate(ReportModel.Total.TICKETS)) + " konsultasi"
                + (s.notes().contains(ReportChannels.CONSULTATION_ONLY)
                        ? " melalui WhatsApp, telepon, email, HAI Kemenkeu dan live chat." : "."));
        step(ReportStep.TREND_CHART);
        trendChart("Perkembangan Jumlah Konsultasi", s.ticketTrend(), 420);

        long total = s.figure(ReportModel.Total.TICKETS).value() == null ? 0 : s.figure(ReportModel.Total.TICKETS).value();
        subsection("Tiket per media");
        step(ReportStep.CHANNEL_CHART);
        pieChart("Tiket per media", rows.getChannels());
        figures(rows.getChannels(), true);
        for (String note : rows.getNotes()) {
            text("Catatan: " + note);
        }
        channelSections();
        serviceSections();
        subsection("Pengguna layanan");
        pieChart("Pengguna layanan", rows.getCategories());
        figures(rows.getCategories(), true);
        subsection("Topik konsultasi (teknis dan lainnya)");
        topicChart("Topik konsultasi teknis, " + TOP_TOPICS + " terbanyak", true);
        topicChart("Topik konsultasi lainnya, " + TOP_TOPICS + " terbanyak", false);
        figures(rows.getTopics(), false);

        subsection("Jam layanan per zona waktu");
        serviceHours();
        subsection("Eskalasi tiket");
        escalation(total);
        complaints();
        pemdaUnitsAndAgents();
    }

    /** Tickets inside and outside service hours per time zone: the seeds' grouped bars, then the same as a table. */
    private void serviceHours() throws DocumentException {
        List<ReportModel.Zone> zones = s.serviceHours();
        List<Long> inside = zones.stream().map(ReportModel.Zone::inside).toList();
        List<Long> outside = zones.stream().map(ReportModel.Zone::outside).toList();
        if (hasData(inside) || hasData(outside)) {
            Map<String, List<Long>> series = new java.util.LinkedHashMap<>();
            series.put("Di dalam jam layanan", inside);
            series.put("Di luar jam layanan", outside);
            chart(ReportCharts.groupedBar("Tiket di dalam dan di luar jam layanan per zona waktu",
                    zones.stream().map(ReportModel.Zone::zone).toList(), series), 420);
        }
        PdfPTable t = table(new String[] {"Zona waktu", "Di dalam jam layanan", "Di luar jam layanan", "Porsi di luar jam layanan"},
                new float[] {22, 26, 26, 26});
        rows.getServiceHours().forEach(r -> cells(t, r.getCells().toArray(String[]::new)));
        add(t);
    }

    /** The share of tickets that needed escalation (the seeds' "Persentase Eskalasi Tiket"), its table and sentence. */
    private void escalation(long total) throws DocumentException {
        ReportModel.Escalation esc = s.escalation();
        Map<String, Long> shares = new java.util.LinkedHashMap<>();
        shares.put("Memerlukan eskalasi", esc.count());
        shares.put("Tanpa eskalasi", Math.max(0, total - esc.count()));
        if (hasData(shares.values())) {
            chart(ReportCharts.pie("Persentase eskalasi tiket", List.copyOf(shares.keySet()), List.copyOf(shares.values())), 330);
        }
        PdfPTable e = table(new String[] {"Tiket", "Jumlah", "Porsi"}, new float[] {50, 25, 25});
        shares.forEach((label, n) -> {
            Double part = Change.share(n, total);
            cells(e, label, count(n), part == null ? "–" : Change.decimal(part, ID) + "%");
        });
        add(e);
        long outside = esc.outsideHours();
        long outsideEscalated = esc.outsideHoursEscalated();
        Double share = Change.share(esc.count(), total);
        text("Tiket yang zona waktunya tidak dapat diidentifikasi: " + count(esc.unidentified())
                + ". Dari " + count(total) + " tiket, " + count(esc.count()) + " tiket"
                + (share == null ? "" : " (" + Change.decimal(share, ID) + "%)") + " memerlukan eskalasi; dari "
                + count(outside) + " tiket di luar jam layanan, " + count(outsideEscalated) + " dieskalasi.");
    }

    /** The regional governments that asked most, the Layer 2 units' scores, the agents' ratings, the KB's backlog. */
    private void pemdaUnitsAndAgents() throws DocumentException {
        subsection("Pemda pengguna terbanyak");
        rows(rows.getTopPemda(), new String[] {"Daerah", "Tiket", "Topik"}, new float[] {35, 15, 50});
        subsection("Eskalasi per unit Layer 2 (peringkat rata-rata skor kecepatan)");
        List<ReportModel.UnitScore> scored = s.units().stream().filter(x -> x.averageScore() != null).toList();
        if (hasData(scored.stream().map(ReportModel.UnitScore::averageScore).toList())) {
            chart(ReportCharts.bar("Rata-rata skor kecepatan per unit Layer 2", scored.stream().map(ReportModel.UnitScore::unit)
                    .toList(), scored.stream().map(ReportModel.UnitScore::averageScore).toList()), 420);
        }
        rows(rows.getUnits(), new String[] {"Peringkat", "Unit", "Tiket", "Rata-rata skor"}, new float[] {15, 35, 20, 30});
        if (rows.getTopUnit() != null) {
            text(rows.getTopUnit());
        }
        subsection("Kepuasan layanan per agen (target " + Change.decimal(id.djpk.portal.helpdesk.Survey.TARGET.doubleValue(), ID) + ")");
        s.satisfactionAverage().filter(x -> x.value() != null).ifPresent(average -> text(
                "Rata-rata nilai kepuasan (Kepuasan Layanan dan Substansi Jawaban) bulan " + ReportText.monthName(month, ID)
                + ": " + decimal(average.value()) + " dari 5; target " + decimal(average.target()) + ", "
                + (average.meetsTarget() ? "tercapai." : "belum tercapai.")));
        satisfactionChart();
        rows(rows.getSatisfaction(), new String[] {"Agen", "Kepuasan Layanan", "Substansi Jawaban", "Penilaian", "Target"},
                new float[] {25, 20, 20, 15, 20});
        subsection("Entri basis pengetahuan menunggu tinjauan per topik");
        rows(rows.getKbReview(), new String[] {"Topik", "Entri"}, new float[] {70, 30});
    }

    /**
     * Each agent's two survey averages side by side (0 to 5). An agent missing either average (nobody answered that
     * question) is left out of the chart, where a bar of 0 would read as a score; the table still lists them.
     */
    private void satisfactionChart() throws DocumentException {
        List<ReportModel.AgentScore> rated = s.satisfaction().stream()
                .filter(o -> o.service() != null && o.answer() != null).toList();
        List<Double> service = rated.stream().map(ReportModel.AgentScore::service).toList();
        List<Double> answer = rated.stream().map(ReportModel.AgentScore::answer).toList();
        if (hasData(service) || hasData(answer)) {
            Map<String, List<Double>> series = new java.util.LinkedHashMap<>();
            series.put("Kepuasan Layanan", service);
            series.put("Substansi Jawaban", answer);
            chart(ReportCharts.groupedBar("Kepuasan pengguna per agen (skala 1–5)",
                    rated.stream().map(ReportModel.AgentScore::agent).toList(), series), 420);
        }
    }

    /**
     * The month's most asked topics of one group (technical or other) as bars, most first: at most
     * {@link #TOP_TOPICS}, topics without tickets left out. The table after the two charts lists every topic.
     */
    private void topicChart(String title, boolean technical) throws DocumentException {
        List<ReportModel.Topic> top = s.topics().stream().filter(x -> x.technical() == technical)
                .filter(x -> x.figure().value() != null && x.figure().value() > 0)
                .sorted(java.util.Comparator.comparing((ReportModel.Topic x) -> x.figure().value()).reversed()
                        .thenComparing(ReportModel.Topic::name))
                .limit(TOP_TOPICS).toList();
        if (!top.isEmpty()) {
            chart(ReportCharts.bar(title, top.stream().map(ReportModel.Topic::name).toList(),
                    top.stream().map(x -> x.figure().value()).toList()), 420);
        }
    }

    /** Per consultation channel: M, M−1, M−12, the three most asked topics, and a chart of the last nine months. */
    private void channelSections() throws DocumentException {
        if (s.channelTrend().isEmpty()) { // a report compiled before the channels' sections
            return;
        }
        subsection("Tiket per kanal: tiga topik teratas dan sembilan bulan terakhir");
        PdfPTable t = table(new String[] {"Kanal", "Bulan ini", "Bulan sebelumnya", "Tahun lalu", "Topik teratas"},
                new float[] {18, 12, 14, 12, 44});
        List<ReportView.ChannelSection> sections = rows.getChannelSections();
        sections.forEach(c -> cells(t, c.getLabel(), c.line().getValue(), c.line().getPrevious(), c.line().getLastYear(),
                c.topics()));
        add(t);
        for (ReportView.ChannelSection c : sections) {
            if (hasData(c.trend().values())) {
                chart(ReportCharts.bar("Tiket " + c.getLabel() + ", sembilan bulan terakhir", c.trend().labels(),
                        c.trend().values()), 300);
            }
        }
    }

    /**
     * The services beside the consultation tickets ("Layanan lainnya": chatbot, Email Lapor, video conferences,
     * face-to-face consultations): M, M−1, M−12, the top three, and a chart of each one's last nine months.
     */
    private void serviceSections() throws DocumentException {
        List<ReportView.ChannelSection> services = rows.getServiceSections();
        if (services.isEmpty()) {
            return;
        }
        subsection("Layanan lainnya: tiga teratas dan sembilan bulan terakhir");
        PdfPTable t = table(new String[] {"Layanan", "Bulan ini", "Bulan sebelumnya", "Tahun lalu", "Tiga teratas"},
                new float[] {22, 11, 14, 11, 42});
        services.forEach(c -> cells(t, c.getLabel(), c.line().getValue(), c.line().getPrevious(), c.line().getLastYear(),
                c.topics()));
        add(t);
        for (ReportView.ChannelSection c : services) {
            if (hasData(c.trend().values())) {
                chart(ReportCharts.bar(c.getLabel() + ", sembilan bulan terakhir", c.trend().labels(), c.trend().values()), 300);
            }
        }
    }

    /** The topics of the escalated tickets, then the complaints and grievances with the regions they came from. */
    private void complaints() throws DocumentException {
        if (rows.getEscalatedTopics() != null) {
            text(rows.getEscalatedTopics());
        }
        if (!rows.isKeepsDetails()) { // a report compiled before kept neither
            return;
        }
        subsection("Pengaduan dan keluhan per daerah");
        rows(rows.getComplaintTopics(), new String[] {"Topik", "Tiket", "Daerah"}, new float[] {25, 10, 65});
    }

    private void visits() throws DocumentException {
        step(ReportStep.VISITS);
        section(Section.VIDEO_CONFERENCES);
        text(ReportText.comparison("video conference", s.figure(ReportModel.Total.VIDEO_CONFERENCES), month, ID)
                + " Sampai dengan bulan ini: " + count(s.yearToDate(ReportModel.Total.VIDEO_CONFERENCES)) + ".");
        rows(rows.getConferences(), new String[] {"Tanggal", "Daerah", "Topik"}, new float[] {20, 40, 40});
        section(Section.VISITS);
        text(ReportText.comparison("konsultasi tatap muka", s.figure(ReportModel.Total.VISITS), month, ID)
                + " Sampai dengan bulan ini: " + count(s.yearToDate(ReportModel.Total.VISITS)) + ". Kunjungan dengan jumlah tamu melebihi "
                + "ketentuan: " + count(s.visitBreaches()) + ".");
        int[] no = {0}; // numbered in order: two visits alike (same day, region, guests) are still two rows
        list(rows.getVisits(), new String[] {"No", "Tanggal", "Pengguna Layanan", "Jumlah Tamu", "Topik", "Melebihi ketentuan"},
                new float[] {6, 15, 28, 11, 24, 16}, r -> java.util.stream.Stream.concat(java.util.stream.Stream.of(
                        String.valueOf(++no[0])), r.getCells().stream()).toArray(String[]::new));
    }

    private void ppid() throws DocumentException {
        step(ReportStep.PPID);
        section(Section.PPID);
        text(ReportText.comparison("permohonan informasi publik", s.figure(ReportModel.Total.PPID_RECEIVED), month, ID)
                + " Sampai dengan bulan ini: " + count(s.yearToDate(ReportModel.Total.PPID_RECEIVED)) + " permohonan.");
        subsection("Informasi yang diminta");
        rows(rows.getPpidTopics(), new String[] {"Jenis informasi", "Permohonan"}, new float[] {70, 30});
        subsection("Keputusan");
        ReportView.Chart decided = rows.getPpidDecisionChart();
        if (!decided.isEmpty()) {
            chart(ReportCharts.pie("Keputusan PPID", decided.labels(), decided.values().stream().map(Number::longValue).toList()), 330);
        }
        rows(rows.getPpidDecided(), new String[] {"Keputusan", "Jumlah"}, new float[] {70, 30});
        if (s.keepsPpidAverage()) { // not in a report compiled before it was counted
            Double days = s.ppidAverageWorkingDays();
            text(days == null ? "Belum ada permohonan yang diputuskan bulan ini."
                    : "Rata-rata waktu dari permohonan diterima sampai keputusan: " + Change.decimal(days, ID)
                            + " hari kerja (keputusan bulan ini; hari kerja menurut kalender hari libur portal).");
        }
        if (s.has(ReportModel.Total.PPID_OBJECTIONS)) {
            subsection("Keberatan");
            text(ReportText.comparison("keberatan yang diajukan", s.figure(ReportModel.Total.PPID_OBJECTIONS), month, ID));
            rows(rows.getPpidObjectionOutcomes(), new String[] {"Tanggapan atasan PPID", "Jumlah"}, new float[] {70, 30});
        }
        trendChart("Jumlah Permohonan PPID Tahun " + month.getYear(), s.ppidTrend(), 420);
    }

    private void entered() throws DocumentException {
        blasts();
        chatbot();
        emailLapor();
        socialMedia();
        employeeAdvocacy();
        section(Section.ENTERED);
        text("Angka yang belum tercatat di portal diisi oleh editor. Angka yang sudah tercatat di portal (chatbot dan "
                + "blast sejak bulan mulai dipakai) diambil dari data.");
        PdfPTable t = table(new String[] {"Angka", "Bulan ini", "Bulan sebelumnya", "Perubahan", "Diisi oleh"},
                new float[] {30, 14, 16, 18, 22});
        for (ReportModel.EnteredLine line : s.enteredLines()) {
            Figure f = line.figure();
            cells(t, EnteredFigures.label(line.key()), count(f.value()), count(f.previous()), f.previousWords(ID),
                    line.fromData() ? "dari data portal" : f.enteredBy() == null ? "–" : (line.importedFrom() == null ? ""
                            : "dari " + line.importedFrom() + "; ") + f.enteredBy()
                            + (f.enteredAt() == null ? "" : ", " + DAY.format(LocalDate.ofInstant(f.enteredAt(), zone))));
        }
        add(t);
    }

    /** "Layanan WhatsApp Blast": the year to date, the comparison and the list (date, channel, subject). */
    private void blasts() throws DocumentException {
        section(Section.BLASTS);
        text("Sampai dengan bulan " + ReportText.monthName(month, ID) + ", telah dilaksanakan "
                + count(s.yearToDate(ReportModel.Total.BLASTS)) + " penyampaian informasi melalui layanan blast (WhatsApp "
                + "dan email) kepada pengguna layanan yang terdaftar.");
        text(ReportText.comparison("blast", s.figure(ReportModel.Total.BLASTS), month, ID));
        list(s.blasts(), new String[] {"Tanggal", "Media", "Perihal"}, new float[] {18, 14, 68},
                b -> new String[] {date(b.date()), "EMAIL".equals(b.channel()) ? "Email" : "WhatsApp", b.subject()});
    }

    /** "Layanan Chatbot DJPK": users without Chat Agent and the menus chosen ("Selected Menu / Total"). */
    private void chatbot() throws DocumentException {
        section(Section.CHATBOT);
        List<ReportModel.Coded> menus = s.chatbotMenus();
        if (menus.isEmpty() && !s.has(ReportModel.Total.CHATBOT_USERS)) {
            text("Angka chatbot belum diisi.");
            return;
        }
        text("Pada bulan " + ReportText.monthName(month, ID) + ", jumlah pengguna layanan Chatbot (tanpa Chat Agent) "
                + "adalah sebanyak " + count(s.figure(ReportModel.Total.CHATBOT_USERS).value()) + " pengguna. Sampai dengan bulan ini: "
                + count(s.yearToDate(ReportModel.Total.CHATBOT_USERS)) + " pengguna.");
        text(ReportText.comparison("pengguna chatbot", s.figure(ReportModel.Total.CHATBOT_USERS), month, ID));
        if (!menus.isEmpty()) {
            PdfPTable t = table(new String[] {"Menu yang dipilih", "Jumlah", "Bulan sebelumnya", "Perubahan"},
                    new float[] {52, 14, 16, 18});
            menus.forEach(m -> cells(t, EnteredFigures.CHATBOT_MENUS.getOrDefault(m.code(), m.code())
                    + (EnteredFigures.countsAsChatbotUser(m.code()) ? "" : " (tidak termasuk total)"), count(m.figure().value()),
                    count(m.figure().previous()), m.figure().previousWords(ID)));
            cells(t, "Jumlah (tanpa Chat Agent)", count(s.figure(ReportModel.Total.CHATBOT_USERS).value()),
                    count(s.figure(ReportModel.Total.CHATBOT_USERS).previous()), s.figure(ReportModel.Total.CHATBOT_USERS).previousWords(ID));
            add(t);
        }
    }

    /** "Layanan Email Lapor DJPK": the total, each report type with its share, the year to date. */
    private void emailLapor() throws DocumentException {
        section(Section.EMAIL_LAPOR);
        Figure total = s.figure(ReportModel.Total.EMAIL_LAPOR);
        if (total.value() == null) {
            text("Angka Email Lapor belum diisi.");
            return;
        }
        text("Total email: " + count(total.value()) + ". Sampai dengan bulan " + ReportText.monthName(month, ID)
                + ", telah diterima sebanyak " + count(s.yearToDate(ReportModel.Total.EMAIL_LAPOR)) + " email.");
        text(ReportText.comparison("email yang masuk", total, month, ID));
        List<ReportModel.Coded> types = s.emailTypes();
        if (!types.isEmpty()) {
            PdfPTable t = table(new String[] {"Jenis laporan", "Email", "Porsi", "Bulan sebelumnya", "Perubahan"},
                    new float[] {38, 12, 12, 18, 20});
            types.forEach(x -> cells(t, EnteredFigures.EMAIL_TYPES.getOrDefault(x.code(), x.code()), count(x.figure().value()),
                    x.share() == null ? "–" : Change.decimal(x.share(), ID) + "%", count(x.figure().previous()),
                    x.figure().previousWords(ID)));
            add(t);
        }
    }

    /** "Publikasi Konten Media Sosial DJPK": the average of the posts, then posts, followers and reach per platform. */
    private void socialMedia() throws DocumentException {
        section(Section.SOCIAL_MEDIA);
        Figure average = s.figure(ReportModel.Total.SOCIAL_MEDIA_POSTS);
        if (average.value() == null) {
            text("Angka media sosial belum diisi.");
        } else {
            text(ReportText.comparison("rata-rata publikasi konten media sosial", average, month, ID));
        }
        PdfPTable t = table(new String[] {"Platform", "Unggahan", "Pengikut", "Jangkauan (total)", "Jangkauan (rata-rata)",
            "Kunjungan profil"}, new float[] {20, 20, 15, 15, 15, 15});
        for (ReportModel.Platform x : s.platforms()) {
            String posts = count(x.posts().value());
            if (x.stories().value() != null && x.posts().value() != null) {
                posts += " (" + count(x.posts().value() - x.stories().value()) + " feeds, " + count(x.stories().value()) + " story)";
            }
            cells(t, EnteredFigures.platformName(x.code()), posts, count(x.followers().value()), count(x.reach().value()),
                    count(x.averageReach().value()), count(x.profileVisits().value()));
        }
        add(t);
        List<ReportView.Row> trend = rows.getSocialTrend();
        if (!trend.isEmpty()) {
            subsection("Enam bulan terakhir");
            List<String> months = rows.getSocialMonths();
            String[] headers = new String[months.size() + 1];
            float[] widths = new float[months.size() + 1];
            headers[0] = "Platform";
            widths[0] = 28;
            for (int i = 0; i < months.size(); i++) {
                headers[i + 1] = months.get(i);
                widths[i + 1] = 72f / months.size();
            }
            PdfPTable m = table(headers, widths);
            trend.forEach(r -> cells(m, r.getCells().toArray(String[]::new)));
            add(m);
            for (ReportView.Chart c : rows.getSocialCharts()) {
                if (hasData(c.values())) {
                    chart(ReportCharts.bar(c.title() + ", enam bulan terakhir", c.labels(), c.values()), 300);
                }
            }
        }
    }

    /** Employee Advocacy as the seeds give it: the sentence, then every figure with M−1 and M−12. */
    private void employeeAdvocacy() throws DocumentException {
        section(Section.EMPLOYEE_ADVOCACY);
        String sentence = rows.getEmployeeAdvocacy();
        if (sentence == null) {
            text("Angka Employee Advocacy belum diisi.");
            return;
        }
        text(sentence);
        PdfPTable t = table(new String[] {"Angka", "Bulan ini", "Bulan sebelumnya", "Perubahan", "Porsi"},
                new float[] {40, 14, 16, 16, 14});
        rows.getEmployeeAdvocacyFigures().forEach(l -> cells(t, l.getLabel(), l.getValue(), l.getPrevious(), l.getFromPrevious(),
                l.getShare() == null ? "" : l.getShare()));
        add(t);
    }

    private void narrative() throws DocumentException {
        step(ReportStep.NARRATIVE);
        section(Section.TECHNICAL_TOPICS);
        text(report.getTechnicalQuestions() == null ? "–" : report.getTechnicalQuestions());
        section(Section.COMPLAINTS);
        text(report.getComplaints() == null ? "–" : report.getComplaints());
        section(Section.EVALUATION);
        text(report.getEvaluation() == null ? "–" : report.getEvaluation());
    }

    // ---------------------------------------------------------------- building blocks

    /** Figures with M−1 and M−12 as the pages list them ({@link ReportView}'s lines), with their shares or without. */
    private void figures(List<ReportLine> lines, boolean share) throws DocumentException {
        PdfPTable t = share
                ? table(new String[] {"", "Bulan ini", "Porsi", "Bulan sebelumnya", "Perubahan", "Tahun lalu", "Perubahan"},
                        new float[] {22, 11, 9, 14, 15, 12, 17})
                : table(new String[] {"", "Bulan ini", "Bulan sebelumnya", "Perubahan", "Tahun lalu", "Perubahan"},
                        new float[] {28, 12, 15, 16, 12, 17});
        for (ReportLine l : lines) {
            List<String> c = new ArrayList<>(List.of(l.getLabel(), l.getValue()));
            if (share) {
                c.add(l.getShare() == null ? "–" : l.getShare());
            }
            c.addAll(List.of(l.getPrevious(), l.getFromPrevious(), l.getLastYear(), l.getFromLastYear()));
            cells(t, c.toArray(String[]::new));
        }
        add(t);
    }

    /** A list as the pages show it ({@link ReportView}'s rows), or "Tidak ada." when it is empty. */
    private void rows(List<ReportView.Row> items, String[] headers, float[] widths) throws DocumentException {
        list(items, headers, widths, r -> r.getCells().toArray(String[]::new));
    }

    private <T> void list(List<T> items, String[] headers, float[] widths,
            java.util.function.Function<T, String[]> row) throws DocumentException {
        if (items.isEmpty()) {
            text("Tidak ada.");
            return;
        }
        PdfPTable t = table(headers, widths);
        items.forEach(i -> cells(t, row.apply(i)));
        add(t);
    }

    private PdfPTable table(String[] headers, float[] widths) {
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        t.setSpacingBefore(6);
        t.setSpacingAfter(8);
        t.setHeaderRows(1);
        for (String h : headers) {
            PdfPCell c = new PdfPCell(new Phrase(h, bold));
            c.setBackgroundColor(new Color(0xe8, 0xee, 0xf5));
            c.setPadding(4);
            t.addCell(c);
        }
        return t;
    }

    private void cells(PdfPTable t, String... values) {
        for (String v : values) {
            PdfPCell c = new PdfPCell(new Phrase(v == null ? "" : v, body));
            c.setPadding(4);
            t.addCell(c);
        }
    }

    /**
     * Begins a section on a new page (OpenPDF begins none on a page still empty, so a section never leaves a blank
     * page behind). The sections must come in the order of {@link Section}, the order of the table of contents.
     */
    private void section(Section section) throws DocumentException {
        if (current != null && section.ordinal() <= current.ordinal()) {
            throw new IllegalStateException(section + " after " + current + ": not in the order of the contents");
        }
        current = section;
        flushSubsection();
        doc.newPage();
        doc.add(pages.heading(section, heading));
    }

    /** A subsection's heading, written with what follows it ({@link #add}) so that it never ends a page alone. */
    private void subsection(String title) throws DocumentException {
        flushSubsection();
        subsection = new Paragraph(title, bold);
        subsection.setSpacingBefore(8);
    }

    private void flushSubsection() throws DocumentException {
        if (subsection != null) {
            doc.add(subsection);
            subsection = null;
        }
    }

    /**
     * Adds a part of a section after the subsection heading waiting for it, both on a new page when the heading and
     * the start of the part would not fit together: a chart whole (it is never split), a table or text its first lines.
     */
    private void add(Element element) throws DocumentException {
        if (subsection != null) {
            float need = 2 * bold.getCalculatedLeading(1.5f) + (element instanceof Image image ? image.getScaledHeight() : 60);
            if (writer.getVerticalPosition(true) - doc.bottom() < need) {
                doc.newPage();
            }
            flushSubsection();
        }
        doc.add(element);
    }

    private void text(String text) throws DocumentException {
        Paragraph p = new Paragraph(text, body);
        p.setSpacingAfter(4);
        add(p);
    }

    /** A series of months as bars, drawn only when a month has a value (a report compiled before keeps none). */
    private void trendChart(String title, List<ReportModel.Point> series, float width) throws DocumentException {
        if (hasData(values(series))) {
            chart(ReportCharts.bar(title, months(series), values(series)), width);
        }
    }

    /** Coded figures (channels, user categories) as a pie of this month's values, drawn only when one is above zero. */
    private void pieChart(String title, List<ReportLine> lines) throws DocumentException {
        List<Long> values = lines.stream().map(l -> l.figure().value() == null ? 0L : l.figure().value()).toList();
        if (hasData(values)) {
            chart(ReportCharts.pie(title, lines.stream().map(ReportLine::getLabel).toList(), values), 330);
        }
    }

    /** Whether a chart of these values would show anything: a chart of nothing but zeros says less than its table. */
    private static boolean hasData(java.util.Collection<? extends Number> values) {
        return values.stream().anyMatch(v -> v != null && v.doubleValue() > 0);
    }

    /** A chart of {@link ReportCharts}, centred, at most {@code width} points wide, followed by a blank line. */
    private void chart(Image image, float width) throws DocumentException {
        image.scaleToFit(width, width);
        image.setAlignment(Element.ALIGN_CENTER);
        add(image);
        add(new Chunk(" ", body)); // in the embedded font: no built-in Helvetica anywhere
    }

    private static String count(Long n) {
        return Change.count(n, ID);
    }

    private static String count(long n) {
        return Change.count(n, ID);
    }

    private static String decimal(Double d) {
        return d == null ? "–" : Change.decimal(d, ID);
    }

    private static String date(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    /** A series' months as the charts name them ("Nov 2023"). */
    private static List<String> months(List<ReportModel.Point> series) {
        return series.stream().map(p -> p.month().getMonth().getDisplayName(java.time.format.TextStyle.SHORT, ID) + " "
                + p.month().getYear()).toList();
    }

    private static List<Long> values(List<ReportModel.Point> series) {
        return series.stream().map(ReportModel.Point::value).toList();
    }
}
