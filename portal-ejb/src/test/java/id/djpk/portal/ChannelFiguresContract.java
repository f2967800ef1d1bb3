package id.djpk.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.djpk.portal.audit.AuditEntry;
import id.djpk.portal.audit.AuditTrail;
import id.djpk.portal.helpdesk.Channel;
import id.djpk.portal.helpdesk.HaiForwarding;
import id.djpk.portal.helpdesk.HelpdeskFigures;
import id.djpk.portal.helpdesk.HelpdeskFiguresQuery;
import id.djpk.portal.helpdesk.HelpdeskService;
import id.djpk.portal.helpdesk.Intake;
import id.djpk.portal.helpdesk.Ticket;
import id.djpk.portal.helpdesk.TicketQueues;
import id.djpk.portal.report.BlastChannel;
import id.djpk.portal.report.MonthlyReport;
import id.djpk.portal.report.ReportChannels;
import id.djpk.portal.report.ReportService;
import id.djpk.portal.report.ReportSnapshot;
import id.djpk.portal.system.InvalidInputException;
import id.djpk.portal.system.OfficeClock;
import id.djpk.portal.system.Violation;
import id.djpk.portal.whatsapp.Blast;
import id.djpk.portal.whatsapp.Blasts;
import id.djpk.portal.whatsapp.WhatsAppInbox;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The channels in the monthly report against a real database inside Payara Micro (issue #14 HAI part, #13/#16
 * figures): HAI Kemenkeu's forwarded tickets, the report's HAI line (with the web form, and a note) and live-chat
 * line, and the chatbot's and the blasts' figures taken from their data from the month each came into use, typed
 * before. The database is fresh for the class (H2 under target/), so "the first month" is the tests' own.
 */
public abstract class ChannelFiguresContract {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    @Inject
    HaiForwarding hai;
    @Inject
    HelpdeskService helpdesk;
    @Inject
    HelpdeskFiguresQuery helpdeskFigures;
    @Inject
    TicketQueues queues;
    @Inject
    ReportService reports;
    @Inject
    WhatsAppInbox whatsApp;
    @Inject
    Blasts blasts;

    @Inject
    id.djpk.portal.testing.AsAdministrator administrator;
    @Inject
    OfficeClock clock;
    @Inject
    AuditTrail audit;

    static HaiForwarding.Forwarded forwarded(String id, String createdAt) {
        return new HaiForwarding.Forwarded(id, "Rina Kartika", "rina@sintangkab.go.id", "+62 812 3456 7890",
                "Penyaluran DAK Fisik", "Kapan DAK Fisik tahap II disalurkan?", createdAt);
    }

    @Test
    void haiTicketsAreOpenedOnceAtHaisTimeAndAudited() {
        HaiForwarding.Result first = hai.forward(forwarded("HAI-0001", "2025-02-03T10:00:00+07:00"));
        assertTrue(first.created());
        Ticket t = queues.find(first.ticket()).orElseThrow();
        assertEquals(Channel.HELPDESK, t.getChannel());
        assertEquals(Instant.parse("2025-02-03T03:00:00Z"), t.getCreatedAt());
        assertTrue(t.getNumber().startsWith("TIK-2025-"), t.getNumber());
        assertEquals("rina@sintangkab.go.id", t.getRequesterEmail());

        HaiForwarding.ForwardedMeanwhile again = assertThrows(HaiForwarding.ForwardedMeanwhile.class,
                () -> hai.forward(forwarded(" HAI-0001 ", "2025-02-03T10:00:00+07:00")));
        assertEquals(first.ticket(), again.ticket());
        assertEquals(1, queues.find(first.ticket()).orElseThrow().getMessages().size(), "the repeat added nothing");
        assertEquals(first.ticket(), hai.find("HAI-0001").orElseThrow());
        List<String> trail = audit.forEntity("Ticket", first.ticket()).stream().map(AuditEntry::getAction).toList();
        assertEquals(List.of("TICKET_OPENED"), trail, "opened once, audited");

        InvalidInputException bad = assertThrows(InvalidInputException.class, () -> hai.forward(
                new HaiForwarding.Forwarded("", "", null, null, "Tanya", "Halo", "besok pagi")));
        assertEquals(List.of("externalId", "email", "name", "createdAt"), bad.getViolations().stream().map(Violation::field).toList());
        InvalidInputException future = assertThrows(InvalidInputException.class, () -> hai.forward(
                forwarded("HAI-FUTURE", clock.now().plusSeconds(3600).toString())));
        assertEquals("hai.createdAtFuture", future.getViolations().get(0).key());
        assertTrue(hai.find("HAI-FUTURE").isEmpty(), "nothing stored");
    }

    @Test
    void theReportsHaiLineHoldsTheWebFormWithANoteAndLiveChatIsItsOwn() {
        YearMonth m = YearMonth.of(2025, 6);
        Instant day = m.atDay(10).atTime(10, 0).atZone(WIB).toInstant();
        for (int i = 0; i < 2; i++) {
            hai.forward(forwarded("HAI-JUNI-" + i, day.plusSeconds(60 * i).toString()));
        }
        for (int i = 0; i < 3; i++) {
            helpdesk.open(Intake.webForm("Budi " + i, "budi" + i + "@example.go.id", "Dana Desa", "Sisa dana desa?", null,
                    null, null), "budi", day.plusSeconds(600 + i));
        }
        helpdesk.open(new Intake(Channel.LIVE_CHAT, "chat-juni-1", "Sari", "sari@example.go.id", null, null, null, null,
                Set.of(), "Live chat", "Halo, DAU?", false), "sari", day.plusSeconds(900));
        // a month earlier: one web-form ticket, for M−1
        helpdesk.open(Intake.webForm("Ani", "ani@example.go.id", "SIKD", "Login?", null, null, null), "ani",
                day.minusSeconds(31L * 86_400));

        HelpdeskFigures f = helpdeskFigures.figures(m);
        assertEquals(2, f.byChannel().get("HELPDESK"), "the helpdesk figures keep HAI and the web form apart");
        assertEquals(3, f.byChannel().get("WEB_FORM"));

        ReportSnapshot s = reports.createDraft(m, "editor").snapshot();
        assertEquals(5, s.figure("tickets.byChannel.HELPDESK").value(), "HAI with the web form");
        assertEquals(1, s.figure("tickets.byChannel.HELPDESK").previous(), "M−1 counted alike");
        assertFalse(s.has("tickets.byChannel.WEB_FORM"));
        assertEquals(1, s.figure("tickets.byChannel.LIVE_CHAT").value());
        assertEquals(6, s.figure("tickets.total").value());
        assertEquals(List.of(ReportChannels.HAI_WITH_WEB_FORM, ReportChannels.CONSULTATION_ONLY), s.notes());
    }

    private static byte[] waText(String from, String wamid, Instant at, String text) {
        return ("{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"1\",\"changes\":[{\"field\":\"messages\","
                + "\"value\":{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"profile\":{\"name\":\"Pak Joko\"},\"wa_id\":\""
                + from + "\"}],\"messages\":[{\"from\":\"" + from + "\",\"id\":\"" + wamid + "\",\"timestamp\":\""
                + at.getEpochSecond() + "\",\"type\":\"text\",\"text\":{\"body\":" + Json.createValue(text)
                + "}}]}}]}]}").getBytes(StandardCharsets.UTF_8);
    }

    /** One user's messages, a minute apart, stored and worked as the webhook does. */
    void chat(String number, Instant at, String... texts) {
        for (int i = 0; i < texts.length; i++) {
            whatsApp.store(waText(number, "wamid." + number + "." + i, at.plusSeconds(60L * i), texts[i]));
        }
        whatsApp.process(number);
    }

    static String identity(String number) {
        return "Nama: Joko Santoso\nDaerah: Kota Bandung\nInstansi: BPKAD\nEmail: joko." + number
                + "@bandung.go.id\nPertanyaan: Kapan DAU disalurkan?";
    }

    @Test
    void theChatbotTableComesFromTheChatbotFromItsFirstMonthTypedBefore() {
        YearMonth first = YearMonth.of(2025, 9);
        YearMonth before = first.minusMonths(1);
        // the month before the chatbot: the editor types its figures
        reports.createDraft(before, "editor");
        reports.enter(before, "chatbot.menu.TKD", 7L);
        assertEquals(7, reports.find(before).orElseThrow().snapshot().figure("chatbot.menu.TKD").value());

        Instant day = first.atDay(15).atTime(9, 0).atZone(WIB).toInstant();
        chat("6281100000001", day, identity("6281100000001"), "1");
        chat("6281100000002", day.plusSeconds(600), identity("6281100000002"), "9");
        chat("6281100000003", day.plusSeconds(1200), "Halo");

        MonthlyReport report = reports.createDraft(first, "editor");
        ReportSnapshot s = report.snapshot();
        assertEquals(1, s.figure("chatbot.menu.TKD").value());
        assertEquals(7, s.figure("chatbot.menu.TKD").previous(), "M−1 as the editor typed it");
        assertTrue(s.fromData("chatbot.menu.TKD"));
        assertEquals(1, s.figure("chatbot.menu.CHAT_AGENT").value());
        assertEquals(0, s.figure("chatbot.menu.DATA").value());
        assertEquals(1, s.figure("chatbot.menu.TIDAK_DILANJUTKAN").value(), "stopped before a menu choice");
        assertEquals(2, s.figure("chatbot.users").value(), "menus 1–8 and Tidak Dilanjutkan, without Chat Agent");
        assertTrue(s.fromData("chatbot.users"));

        InvalidInputException measured = assertThrows(InvalidInputException.class,
                () -> reports.enter(first, "chatbot.menu.TKD", 5L));
        assertEquals("report.keyMeasured", measured.getViolations().get(0).key());
        reports.enter(before, "chatbot.menu.AKPD", 3L);
        assertEquals(3, reports.find(before).orElseThrow().snapshot().figure("chatbot.menu.AKPD").value(),
                "the month before the chatbot stays the editor's");
        assertTrue(reports.figuresToEnter(first) < reports.figuresToEnter(before), "fewer figures to type from the first month");
    }

    @Test
    void theBlastListComesFromTheBlastsSentFromTheFirstMonthTypedBefore() throws Exception {
        YearMonth now = clock.thisMonth();
        YearMonth before = now.minusMonths(1);
        reports.createDraft(before, "editor");
        reports.addBlast(before, before.atDay(5), "Undangan sosialisasi TKD", BlastChannel.EMAIL);
        reports.addBlast(before, before.atDay(9), "Kemenkeu Corpu Open Class", BlastChannel.WHATSAPP);

        Blast.Segment everyone = new Blast.Segment(null, null, null, null);
        // creating a blast is the agents' step: run as an administrator, the contract's caller is a report editor
        administrator.call(() -> blasts.create("Sosialisasi PMK TKD 2026", Blast.BlastChannel.WHATSAPP, "hello_world", "en_US",
                List.of(), null, null, everyone, null));
        administrator.call(() -> blasts.create("Survei kepuasan layanan", Blast.BlastChannel.EMAIL, null, null, List.of(),
                "Survei layanan DJPK", "Mohon isi survei layanan kami.", everyone, null));
        administrator.call(() -> blasts.create("Belum waktunya", Blast.BlastChannel.EMAIL, null, null, List.of(), "Nanti",
                "Nanti saja.", everyone, clock.now().plusSeconds(40L * 86_400)));

        ReportSnapshot s = reports.createDraft(now, "editor").snapshot();
        assertEquals(2, s.figure("blasts.total").value(), "the scheduled one has not gone out");
        assertEquals(2, s.figure("blasts.total").previous(), "M−1: the editor's list");
        assertTrue(s.fromData("blasts.total"));
        List<JsonObject> list = s.list("blasts.list");
        assertEquals(List.of("Sosialisasi PMK TKD 2026", "Survei kepuasan layanan"), list.stream().map(b -> b.getString("subject")).toList());
        assertEquals(List.of("WHATSAPP", "EMAIL"), list.stream().map(b -> b.getString("channel")).toList());
        assertEquals(clock.today().toString(), list.get(0).getString("date"));
        assertTrue(list.get(0).getBoolean("fromData"));

        InvalidInputException typed = assertThrows(InvalidInputException.class,
                () -> reports.addBlast(now, clock.today(), "Tambahan", BlastChannel.EMAIL));
        assertEquals("report.keyMeasured", typed.getViolations().get(0).key());
        assertEquals(2, reports.find(before).orElseThrow().snapshot().list("blasts.list").size(),
                "the month before keeps the editor's list");
    }
}
