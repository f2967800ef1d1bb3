package id.djpk.portal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.djpk.portal.sitestats.MonthlyTraffic;
import id.djpk.portal.system.Formatter;
import id.djpk.portal.system.OfficeClock;
import id.djpk.portal.visit.MonthlyLists;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The report's finer parts from made-up sources: complaints with their regions, the topics of escalated tickets, the
 * other services' nine months and topics, the social-media trends and Employee Advocacy, in the snapshot and in the
 * rows of both languages; a report compiled without them shows none of them.
 */
class ReportDetailsTest {

    static final YearMonth M = YearMonth.of(2024, 3);
    static final Instant AT = Instant.parse("2024-04-02T03:00:00Z");

    static ReportCompiler.Sources sources(ReportCompiler.Details details) {
        MonthlyLists visits = new MonthlyLists(M, List.of(
                new MonthlyLists.VisitRow("K-1", M.atDay(5), "Kab. Bogor", "BPKAD", 4, 4, false, "Dana Alokasi Umum, Dana Bagi Hasil"),
                new MonthlyLists.VisitRow("K-2", M.atDay(6), "Kota Ambon", "BPKAD", 3, 3, false, "Dana Bagi Hasil"),
                new MonthlyLists.VisitRow("K-3", M.atDay(7), "Kab. Kediri", "DPRD", 2, 2, false, "Dana Bagi Hasil, Hibah")),
                List.of(new MonthlyLists.ConferenceRow("K-4", M.atDay(8), "Prov. Riau", "BPKAD", "Pajak Daerah")));
        MonthlyLists none = new MonthlyLists(M.minusMonths(1), List.of(), List.of());
        return ReportCompiler.sources(M)
                .tickets(ReportPdfProgressTest.tickets(M, 12), ReportPdfProgressTest.tickets(M.minusMonths(1), 8),
                        ReportPdfProgressTest.tickets(M.minusMonths(12), 5), Map.of(M, 12L))
                .ppid(ReportPdfProgressTest.ppid(M, 1), ReportPdfProgressTest.ppid(M.minusMonths(1), 0),
                        ReportPdfProgressTest.ppid(M.minusMonths(12), 0), Map.of())
                .visits(visits, none, none, 3, 1)
                .names(Map.of("PDRD", new ReportCompiler.TopicName("Pajak Daerah", "TECHNICAL"),
                        "DBH", new ReportCompiler.TopicName("Dana Bagi Hasil", "TECHNICAL"),
                        "RESERVASI", new ReportCompiler.TopicName("Reservasi", "OTHER"),
                        "PENGADUAN", new ReportCompiler.TopicName("Pengaduan", "OTHER"),
                        "KELUHAN_LAYANAN", new ReportCompiler.TopicName("Keluhan Layanan", "OTHER")), Map.of(), Map.of())
                .details(details)
                .build();
    }

    static ReportCompiler.Details details() {
        Map<String, Map<String, Long>> complaints = new LinkedHashMap<>();
        complaints.put("KELUHAN_LAYANAN", Map.of("Kab. Kediri", 2L, "Kota Kendari", 1L, "", 1L));
        complaints.put("PENGADUAN", Map.of("Kab. Cianjur", 1L));
        Map<YearMonth, Map<String, Long>> services = new HashMap<>();
        services.put(M, Map.of("TATAP_MUKA", 3L, "VIDEO_CONFERENCE", 1L));
        services.put(M.minusMonths(8), Map.of("TATAP_MUKA", 5L));
        services.put(M.minusMonths(9), Map.of("TATAP_MUKA", 50L)); // before the nine months: not shown
        return new ReportCompiler.Details(complaints, Map.of("PDRD", 7L, "DBH", 4L, "RESERVASI", 4L, "DAU", 1L),
                Map.of("DBH", 2L), services);
    }

    /** Entries of this month and the latest revisions of earlier months: chatbot, Email Lapor, social media, advocacy. */
    static ReportCompiler.EnteredData entered() {
        Map<String, ReportCompiler.Entered> entries = new LinkedHashMap<>();
        entries.put(EnteredFigures.CHATBOT_MENU + "TKD", new ReportCompiler.Entered(40, "Editor", AT));
        entries.put(EnteredFigures.CHATBOT_MENU + "PDRD", new ReportCompiler.Entered(25, "Editor", AT));
        entries.put(EnteredFigures.CHATBOT_MENU + "SHSR", new ReportCompiler.Entered(30, "Editor", AT));
        entries.put(EnteredFigures.CHATBOT_MENU + "AKPD", new ReportCompiler.Entered(5, "Editor", AT));
        entries.put(EnteredFigures.CHATBOT_MENU + EnteredFigures.CHAT_AGENT, new ReportCompiler.Entered(99, "Editor", AT));
        entries.put(EnteredFigures.EMAIL_TYPE + "DAU", new ReportCompiler.Entered(10, "Editor", AT));
        entries.put(EnteredFigures.POSTS + "INSTAGRAM", new ReportCompiler.Entered(56, "Editor", AT));
        entries.put(EnteredFigures.FOLLOWERS + "INSTAGRAM", new ReportCompiler.Entered(12_500, "Editor", AT));
        entries.put(EnteredFigures.POSTS + "YOUTUBE", new ReportCompiler.Entered(4, "Editor", AT));
        // the seed of November 2023: 12.637 employees took part, 13.201 activations
        entries.put(EnteredFigures.ADVOCACY_EMPLOYEES, new ReportCompiler.Entered(12_637, "Editor", AT));
        entries.put(EnteredFigures.ADVOCACY_TARGET, new ReportCompiler.Entered(4_167, "Editor", AT));
        entries.put(EnteredFigures.ADVOCACY_ALL_EMPLOYEES, new ReportCompiler.Entered(78_754, "Editor", AT));
        entries.put(EnteredFigures.ADVOCACY_ACTIVATION + "CONTENT", new ReportCompiler.Entered(2_378, "Editor", AT));
        entries.put(EnteredFigures.ADVOCACY_ACTIVATION + "ENGAGEMENT", new ReportCompiler.Entered(10_738, "Editor", AT));
        entries.put(EnteredFigures.ADVOCACY_ACTIVATION + "OWN_CONTENT", new ReportCompiler.Entered(85, "Editor", AT));
        Map<YearMonth, Map<String, Long>> others = new LinkedHashMap<>();
        others.put(M.minusMonths(1), Map.of(EnteredFigures.CHATBOT_MENU + "TKD", 70L, EnteredFigures.FOLLOWERS + "INSTAGRAM", 12_000L,
                EnteredFigures.EMAIL_TYPE + "DAU", 8L));
        others.put(M.minusMonths(6), Map.of(EnteredFigures.FOLLOWERS + "INSTAGRAM", 9_000L)); // seventh month back: not in six
        others.put(M.minusMonths(8), Map.of(EnteredFigures.CHATBOT_MENU + "TKD", 20L));
        others.put(M.minusMonths(12), Map.of(EnteredFigures.CHATBOT_MENU + "TKD", 1L)); // not in the nine months
        return new ReportCompiler.EnteredData(entries, List.of(), Set.of(), Map.of(), others);
    }

    static MonthlyReport report(ReportCompiler.Details details) {
        return new MonthlyReport(M, 1, ReportCompiler.compile(sources(details), entered(), AT).toString(), "editor", AT);
    }

    @Test
    void complaintsAreListedPerTopicWithTheirRegionsMostFirstAndTheUnknownRegionLast() {
        ReportSnapshot s = report(details()).snapshot();
        List<ReportModel.Complaint> complaints = s.complaints();
        assertEquals(List.of("PENGADUAN", "KELUHAN_LAYANAN"), complaints.stream().map(ReportModel.Complaint::code).toList(),
                "in the report's order of the complaint topics, only those with tickets");
        assertEquals(4, complaints.get(1).count());
        assertEquals(List.of("Kab. Kediri", "Kota Kendari", ""), complaints.get(1).regions().stream().map(ReportModel.Count::name).toList());
        ReportView id = new ReportView(report(details()), Formatter.INDONESIAN, OfficeClock.DEFAULT_ZONE);
        assertEquals(List.of("Keluhan Layanan", "4", "Kab. Kediri (2), Kota Kendari (1), daerah tidak teridentifikasi (1)"),
                id.getComplaintTopics().get(1).getCells());
        ReportView en = new ReportView(report(details()), Formatter.ENGLISH, OfficeClock.DEFAULT_ZONE);
        assertEquals("Kab. Kediri (2), Kota Kendari (1), region not identified (1)", en.getComplaintTopics().get(1).getCells().get(2));
    }

    @Test
    void theEscalatedTicketsTopicsAreTheThreeMostAskedTiesByName() {
        ReportView v = new ReportView(report(details()), Formatter.INDONESIAN, OfficeClock.DEFAULT_ZONE);
        assertEquals("Topik tiket yang memerlukan eskalasi: Pajak Daerah (7), Dana Bagi Hasil (4), Reservasi (4); di antara tiket "
                + "di luar jam layanan: Dana Bagi Hasil (2).", v.getEscalatedTopics());
    }

    @Test
    void theOtherServicesHaveTheirNineMonthsAndTopThree() {
        ReportView v = new ReportView(report(details()), Formatter.INDONESIAN, OfficeClock.DEFAULT_ZONE);
        List<ReportView.ChannelSection> services = v.getServiceSections();
        assertEquals(List.of("Pengguna chatbot (tanpa Chat Agent)", "Email Lapor", "Video conference", "Konsultasi tatap muka"),
                services.stream().map(ReportView.ChannelSection::getLabel).toList());
        ReportView.ChannelSection chatbot = services.get(0);
        assertEquals("100", chatbot.line().getValue(), "menus without Chat Agent: 40 + 25 + 30 + 5");
        assertEquals("70", chatbot.line().getPrevious());
        assertEquals("Informasi Anggaran Transfer ke Daerah (40), Informasi Standar Harga Satuan Regional (SHSR) (30), "
                + "Informasi Pajak Daerah dan Retribusi Daerah (25)", chatbot.topics());
        assertEquals(List.of("Jul 2023", "Feb 2024", "Mar 2024"), chatbot.trend().labels(), "only the months with a value, within nine");
        assertEquals(List.of(20L, 70L, 100L), chatbot.trend().values());
        ReportView.ChannelSection visits = services.get(3);
        assertEquals("Dana Bagi Hasil (3), Dana Alokasi Umum (1), Hibah (1)", visits.topics());
        assertEquals(9, visits.trend().values().size());
        assertEquals(List.of(5L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 3L), visits.trend().values());
        assertEquals("Pajak Daerah (1)", services.get(2).topics());
    }

    @Test
    void socialMediaTrendsCoverSixMonthsAndEmployeeAdvocacyIsMeasuredAgainstItsTarget() {
        ReportView v = new ReportView(report(details()), Formatter.INDONESIAN, OfficeClock.DEFAULT_ZONE);
        assertEquals(List.of("Feb 2024", "Mar 2024"), v.getSocialMonths(), "the seventh month back is not among the six");
        assertEquals(List.of(List.of("Unggahan Instagram", "–", "56"), List.of("Unggahan YouTube", "–", "4"),
                List.of("Pengikut Instagram", "12.000", "12.500")), v.getSocialTrend().stream().map(ReportView.Row::getCells).toList());
        assertEquals("Pengikut Instagram", v.getSocialCharts().get(0).title());
        assertEquals(List.of(12_000L, 12_500L), v.getSocialCharts().get(0).values());
        assertEquals(1, v.getSocialCharts().size(), "only Instagram has followers entered: one chart of followers");
        assertEquals("Employee Advocacy: 12.637 pegawai berpartisipasi, 303,3% dari target 4.167 pegawai (tercapai) dan 16% dari "
                + "seluruh 78.754 pegawai; 13.201 aktivasi: konten tersedia 2.378 (18%), like/comment/share 10.738 (81,3%), kreasi "
                + "konten mandiri 85 (0,6%).", v.getEmployeeAdvocacy());
        assertEquals(List.of("Employee Advocacy: pegawai yang berpartisipasi", "Employee Advocacy: target jumlah pegawai",
                "Employee Advocacy: jumlah seluruh pegawai", "konten tersedia", "like/comment/share", "kreasi konten mandiri",
                "Employee Advocacy: aktivasi"), v.getEmployeeAdvocacyFigures().stream().map(ReportLine::getLabel).toList());
        ReportView en = new ReportView(report(details()), Formatter.ENGLISH, OfficeClock.DEFAULT_ZONE);
        assertEquals("Employee Advocacy: 12,637 employees took part, 303.3% of the target of 4,167 employees (met) and 16% of all "
                + "78,754 employees; 13,201 activations: available content shared 2,378 (18%), likes/comments/shares 10,738 (81.3%), "
                + "content of their own 85 (0.6%).", en.getEmployeeAdvocacy());
    }

    @Test
    void aReportCompiledWithoutTheDetailsShowsNoneOfThem() {
        ReportView v = new ReportView(report(ReportCompiler.Details.NONE), Formatter.INDONESIAN, OfficeClock.DEFAULT_ZONE);
        assertFalse(v.isKeepsDetails());
        assertTrue(v.getComplaintTopics().isEmpty());
        assertNull(v.getEscalatedTopics());
        assertEquals(List.of("Pengguna chatbot (tanpa Chat Agent)", "Email Lapor"),
                v.getServiceSections().stream().map(ReportView.ChannelSection::getLabel).toList(),
                "the visits' months are not in it; the entered services still are");
    }

    @Test
    void withoutATargetAdvocacySaysSoAndAMissedTargetIsSaid() {
        ReportCompiler.EnteredData d = entered();
        Map<String, ReportCompiler.Entered> entries = new LinkedHashMap<>(d.entries());
        entries.put(EnteredFigures.ADVOCACY_EMPLOYEES, new ReportCompiler.Entered(4_000, "Editor", AT));
        entries.keySet().removeIf(k -> k.startsWith(EnteredFigures.ADVOCACY_ACTIVATION) || k.equals(EnteredFigures.ADVOCACY_ALL_EMPLOYEES));
        MonthlyReport missed = new MonthlyReport(M, 1, ReportCompiler.compile(sources(details()),
                new ReportCompiler.EnteredData(entries, List.of(), Set.of(), Map.of(), d.otherMonths()), AT).toString(), "editor", AT);
        assertEquals("Employee Advocacy: 4.000 pegawai berpartisipasi, 96% dari target 4.167 pegawai (belum tercapai).",
                new ReportView(missed, Formatter.INDONESIAN, OfficeClock.DEFAULT_ZONE).getEmployeeAdvocacy());
        entries.remove(EnteredFigures.ADVOCACY_TARGET);
        MonthlyReport noTarget = new MonthlyReport(M, 1, ReportCompiler.compile(sources(details()),
                new ReportCompiler.EnteredData(entries, List.of(), Set.of(), Map.of(), d.otherMonths()), AT).toString(), "editor", AT);
        assertEquals("Employee Advocacy: 4.000 pegawai berpartisipasi (target jumlah pegawai belum diisi).",
                new ReportView(noTarget, Formatter.INDONESIAN, OfficeClock.DEFAULT_ZONE).getEmployeeAdvocacy());
    }
}
