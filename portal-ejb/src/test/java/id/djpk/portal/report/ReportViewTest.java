package id.djpk.portal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.djpk.portal.system.Formatter;
import id.djpk.portal.system.OfficeClock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rows every view renders, from one compiled report, in both languages; and an old revision's missing parts. */
class ReportViewTest {

    static final YearMonth MONTH = YearMonth.of(2023, 11);

    static ReportView view(java.util.Locale locale) {
        return new ReportView(ReportPdfProgressTest.report(MONTH), locale, OfficeClock.DEFAULT_ZONE);
    }

    @Test
    void aLabelInsideASentenceStartsInLowerCaseUnlessItIsAnAcronym() {
        assertEquals("tiket konsultasi", ReportView.lowerFirst("Tiket konsultasi"));
        assertEquals("webinar/FGD", ReportView.lowerFirst("Webinar/FGD"));
        assertEquals("layanan PPID", ReportView.lowerFirst("Layanan PPID"));
        assertEquals("PPID services", ReportView.lowerFirst("PPID services"));
        assertEquals("video conference", ReportView.lowerFirst("video conference"));
    }

    @Test
    void theTicketSectionInIndonesian() {
        ReportView v = view(Formatter.INDONESIAN);
        assertEquals("Laporan Layanan Informasi DJPK November 2023", v.getTitle());
        ReportLine total = v.getTiles().get(4);
        assertEquals("tickets.total", total.getCode());
        assertEquals("Tiket konsultasi", total.getLabel());
        assertEquals("12", total.getValue());
        assertEquals("8", total.getPrevious());
        // WhatsApp 6 of 12, e-mail 4, phone 2; shares of the consultation tickets
        List<ReportLine> channels = v.getChannels();
        assertEquals(List.of("WhatsApp", "Email", "Telepon"), channels.stream().filter(c -> !"0".equals(c.getValue()))
                .map(ReportLine::getLabel).toList());
        ReportLine whatsApp = channels.stream().filter(c -> c.getCode().equals("WHATSAPP")).findFirst().orElseThrow();
        assertEquals("50%", whatsApp.getShare());
        assertEquals(List.of("WhatsApp", "Email", "Telepon"), v.getChannelShares().labels());
        assertEquals(List.of(6L, 4L, 2L), v.getChannelShares().values());
        assertEquals("Dana Alokasi Umum (teknis)", v.getTopics().get(0).getLabel());
        assertEquals(List.of("WIB", "4", "0", "–"), v.getServiceHours().get(0).getCells(), "no out-of-hours ticket: no share");
        assertEquals("Tim Layer 2 dengan rata-rata skor kecepatan tertinggi bulan ini: DTU (rata-rata 4, 1 tiket eskalasi).",
                v.getTopUnit());
        assertEquals("1 tiket (8,3%) memerlukan eskalasi; 0 dari 0 tiket di luar jam layanan dieskalasi.", v.getEscalation());
        assertEquals(List.of("1", "DTU", "1", "4"), v.getUnits().get(0).getCells());
        assertEquals(List.of("Rina Agustina", "4,5", "4,2", "6", "tercapai"), v.getSatisfaction().get(0).getCells());
        assertEquals("Rata-rata nilai kepuasan (Kepuasan Layanan dan Substansi Jawaban): 4,4 dari 5; target 3,5, tercapai.",
                v.getSatisfactionAverage());
        assertEquals(List.of("Kab. Bogor", "12", "Dana Alokasi Umum"), v.getTopPemda().get(0).getCells());
        assertEquals(List.of("Dana Alokasi Umum", "1"), v.getKbReview().get(0).getCells(), "the topic by its name, not its code");
        // the charts the PDF draws too, each from the rows above
        assertEquals(List.of("Dana Alokasi Umum"), v.getTechnicalTopicChart().labels());
        assertTrue(v.getOtherTopicChart().isEmpty(), "no other topic this month");
        assertTrue(v.getOutsideHoursChart().isEmpty(), "no ticket outside service hours: no chart of zeros");
        assertEquals(List.of("Memerlukan eskalasi", "Tanpa eskalasi"), v.getEscalationChart().labels());
        assertEquals(List.of(1L, 11L), v.getEscalationChart().values());
        assertEquals(List.of(4.0), v.getUnitChart().values(), "the average score, decimals kept");
        assertEquals(List.of("Rina Agustina"), v.getSatisfactionChart().labels());
        assertEquals(List.of(4.5), v.getSatisfactionChart().values());
        assertEquals(List.of(3L), v.getPpidDecisionChart().values());
        // the trend: the thirteen months from M−12 to M
        assertEquals(13, v.getTrend().labels().size());
        assertEquals("Nov 2022", v.getTrend().labels().get(0));
        assertEquals("Nov 2023", v.getTrend().labels().get(12));
        assertEquals(List.of(5L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 8L, 12L), v.getTrend().values());
        assertTrue(v.getSentences().get(0).startsWith("Jumlah tiket konsultasi bulan November 2023 sebanyak 12, naik 50%"),
                v.getSentences().get(0));
    }

    @Test
    void theOtherSectionsInEnglish() {
        ReportView v = view(Formatter.ENGLISH);
        assertEquals("DJPK Information Services Report November 2023", v.getTitle());
        assertEquals(List.of("7 November 2023", "Kab. Bogor", "4", "DAU", "Yes"), v.getVisits().get(0).getCells());
        assertEquals(List.of("9 November 2023", "Kota Ambon", "DAK"), v.getConferences().get(0).getCells());
        assertEquals(List.of("3 November 2023", "Berita", "Penyaluran DAU tahap II"), v.getPublications().get(0).getCells());
        assertEquals(List.of("Request granted in full", "3"), v.getPpidDecided().get(0).getCells());
        assertEquals("Average time from receipt to decision: 3 working days (this month's decisions, by the portal's holiday "
                + "calendar).", v.getPpidAverage());
        assertEquals("PPID services", v.getPpidFigures().get(0).getLabel());
        assertEquals("Year to date: 3.", v.getPpidSentences().get(0));
        assertEquals("1 tickets (8.3%) needed escalation; 0 of 0 out-of-hours tickets were escalated.", v.getEscalation());
    }

    @Test
    void aRevisionCompiledBeforeAPartWasKeptShowsItEmpty() {
        MonthlyReport old = new MonthlyReport(MONTH, 1, "{\"month\":\"2023-11\",\"tickets.total\":{\"value\":5,\"previous\":4,"
                + "\"lastYear\":null}}", "editor", Instant.now());
        ReportView v = new ReportView(old, Formatter.INDONESIAN, OfficeClock.DEFAULT_ZONE);
        assertEquals("5", v.getTiles().get(4).getValue());
        assertTrue(v.getWebsiteTrend().isEmpty());
        assertTrue(v.getPpidTrend().isEmpty());
        assertNull(v.getSatisfactionAverage());
        assertEquals("", v.getPpidAverage());
        assertEquals(1, v.getPpidFigures().size(), "no objections in a revision that did not count them");
        assertEquals(List.of("WIB", "0", "0", "–"), v.getServiceHours().get(0).getCells());
        assertTrue(v.getVisits().isEmpty());
    }

    @Test
    void socialMediaPerPlatformWithTheAverageReachPerFeedPost() {
        // the seed (November 2023): Instagram 56 posts of which 29 stories, reach 119.939 → 4.442 per feed post
        MonthlyReport r = new MonthlyReport(MONTH, 1, "{\"month\":\"2023-11\","
                + "\"socialMedia.posts.INSTAGRAM\":{\"value\":56,\"previous\":56,\"lastYear\":62},"
                + "\"socialMedia.stories.INSTAGRAM\":{\"value\":29,\"previous\":null,\"lastYear\":null},"
                + "\"socialMedia.reach.INSTAGRAM\":{\"value\":119939,\"previous\":null,\"lastYear\":null,"
                + "\"importedFrom\":\"Meta Business Suite: konten.csv\"},"
                + "\"socialMedia.profileVisits.TWITTER\":{\"value\":1160,\"previous\":null,\"lastYear\":null}}",
                "editor", Instant.now());
        ReportView v = new ReportView(r, Formatter.INDONESIAN, OfficeClock.DEFAULT_ZONE);
        assertEquals(List.of("Unggahan Instagram 56", "Story Instagram 29", "Jangkauan Instagram 119.939",
                "Jangkauan rata-rata per unggahan Instagram 4.442", "Kunjungan profil X (Twitter) 1.160"),
                v.getSocialMedia().stream().map(l -> l.getLabel() + " " + l.getValue()).toList());
        assertEquals("Meta Business Suite: konten.csv", r.snapshot().importedFrom("socialMedia.reach.INSTAGRAM"));
        assertNull(r.snapshot().importedFrom("socialMedia.posts.INSTAGRAM"), "typed");
    }

    @Test
    void eachConsultationChannelWithItsTopTopicsAndItsNineMonths() {
        StringBuilder trend = new StringBuilder();
        for (int i = 8; i >= 0; i--) {
            YearMonth t = MONTH.minusMonths(i);
            trend.append(i == 8 ? "" : ",").append("{\"month\":\"").append(t).append("\",\"WHATSAPP\":").append(9 - i)
                    .append(",\"HELPDESK\":").append(i).append("}");
        }
        MonthlyReport r = new MonthlyReport(MONTH, 1, "{\"month\":\"2023-11\","
                + "\"tickets.total\":{\"value\":9,\"previous\":9,\"lastYear\":3},"
                + "\"tickets.byChannel.WHATSAPP\":{\"value\":9,\"previous\":8,\"lastYear\":3},"
                + "\"tickets.byChannel.HELPDESK\":{\"value\":0,\"previous\":1,\"lastYear\":0},"
                + "\"tickets.channelTrend\":[" + trend + "],"
                + "\"tickets.channelTopics\":{\"WHATSAPP\":[{\"code\":\"DAU\",\"name\":\"Dana Alokasi Umum\",\"count\":5},"
                + "{\"code\":\"SIKD\",\"name\":\"SIKD\",\"count\":1234}],\"HELPDESK\":[]}}", "editor", Instant.now());
        ReportView v = new ReportView(r, Formatter.INDONESIAN, OfficeClock.DEFAULT_ZONE);
        List<ReportView.ChannelSection> sections = v.getChannelSections();
        assertEquals(List.of("WhatsApp", "HAI Kemenkeu"), sections.stream().map(ReportView.ChannelSection::getLabel).toList());
        assertEquals("9", sections.get(0).line().getValue());
        assertEquals("8", sections.get(0).line().getPrevious());
        assertEquals("Dana Alokasi Umum (5), SIKD (1.234)", sections.get(0).topics());
        assertEquals("", sections.get(1).topics());
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L), sections.get(0).trend().values());
        assertEquals("WhatsApp", sections.get(0).trend().title());
        assertEquals(9, v.getChannelMonths().size());
        assertEquals("Mar 2023", v.getChannelMonths().get(0));
        assertEquals("Nov 2023", v.getChannelMonths().get(8));
        assertTrue(view(Formatter.INDONESIAN).getChannelSections().isEmpty(), "a report compiled without the channels' months");
    }
}
