package id.djpk.portal.web.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

/**
 * The WhatsApp channel end to end (issue #13): Meta's webhook deliveries, signed as Meta signs them, go to the
 * running portal; the bot's answers and the agent's reach the stand-in Cloud API server; statuses come back.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WhatsAppJourneyIT extends BrowserTest {

    static final String OFFICER = "6281234500001";
    static final String LATE = "6281234500002";
    static final String SILENT = "6281234500003";
    static final String UNSIGNED_TEXT = "PESAN TANPA TANDA TANGAN";
    static final Instant START = Instant.now().minusSeconds(600);
    static int serial;
    static long clock = START.getEpochSecond();
    static String ticket;

    static String wamid() {
        return "wamid.IN" + START.getEpochSecond() + "x" + (++serial);
    }

    static String delivery(String from, String wamid, long timestamp, String typeAndContent) {
        return "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"102290129340398\",\"changes\":[{\"field\":\"messages\","
                + "\"value\":{\"messaging_product\":\"whatsapp\",\"metadata\":{\"display_phone_number\":\"6221500000\","
                + "\"phone_number_id\":\"" + CloudApiStandIn.PHONE_NUMBER_ID + "\"},\"contacts\":[{\"profile\":{\"name\":\"Pak Joko\"},"
                + "\"wa_id\":\"" + from + "\"}],\"messages\":[{\"from\":\"" + from + "\",\"id\":\"" + wamid + "\",\"timestamp\":\""
                + timestamp + "\"," + typeAndContent + "}]}}]}]}";
    }

    static String text(String body) {
        return "\"type\":\"text\",\"text\":{\"body\":" + Json.createValue(body) + "}";
    }

    static String status(String wamid, String state, String recipient) {
        return "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"102290129340398\",\"changes\":[{\"field\":\"messages\","
                + "\"value\":{\"messaging_product\":\"whatsapp\",\"statuses\":[{\"id\":\"" + wamid + "\",\"status\":\"" + state
                + "\",\"timestamp\":\"" + Instant.now().getEpochSecond() + "\",\"recipient_id\":\"" + recipient + "\"}]}}]}]}";
    }

    static String sign(String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(CloudApiStandIn.APP_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    static HttpResponse<String> post(String body, String signature) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(portal.publicUrl("/api/channels/whatsapp")))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (signature != null) {
            r.header("X-Hub-Signature-256", signature);
        }
        return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A user's message, delivered as Meta delivers it; returns the stand-in's first message to the user after it that matches. */
    static CloudApiStandIn.Sent say(String from, String body, java.util.function.Predicate<String> reply) throws Exception {
        int before = portal.whatsApp().sentTo(from).size();
        String d = delivery(from, wamid(), clock += 20, text(body));
        assertEquals(200, post(d, sign(d)).statusCode());
        return portal.whatsApp().await(from, before, s -> reply.test(s.body()));
    }

    static HttpResponse<String> staffGet(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(portal.staffUrl(path))).header("Authorization", HelpdeskApiIT.basic("agent"))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    @Test
    @Order(1)
    void metaVerifiesTheWebhookAndOnlySignedDeliveriesAreTaken() throws Exception {
        HttpResponse<String> ok = HTTP.send(HttpRequest.newBuilder(URI.create(portal.publicUrl(
                "/api/channels/whatsapp?hub.mode=subscribe&hub.verify_token=" + CloudApiStandIn.VERIFY_TOKEN + "&hub.challenge=1158201444")))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ok.statusCode());
        assertEquals("1158201444", ok.body());
        assertTrue(ok.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        HttpResponse<String> wrong = HTTP.send(HttpRequest.newBuilder(URI.create(portal.publicUrl(
                "/api/channels/whatsapp?hub.mode=subscribe&hub.verify_token=salah&hub.challenge=1")))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, wrong.statusCode());

        String unsigned = delivery(OFFICER, wamid(), clock, text(UNSIGNED_TEXT));
        assertEquals(401, post(unsigned, null).statusCode(), "no signature");
        assertEquals(401, post(unsigned, sign(unsigned + " ")).statusCode(), "a signature of other bytes");
        assertEquals(401, post(unsigned, "sha256=" + "0".repeat(64)).statusCode());
    }

    @Test
    @Order(1)
    void aBusyNumbersBatchedDeliveryIsTakenUpToMetasThreeMegabytes() throws Exception {
        // Meta batches the events of a busy number: 10.000 status callbacks make a delivery of over 1 MB, four times
        // what an ordinary public form may send; the outgoing messages they name are unknown here and change nothing
        StringBuilder statuses = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            statuses.append(i == 0 ? "" : ",").append("{\"id\":\"wamid.BATCH").append(START.getEpochSecond()).append('x').append(i)
                    .append("\",\"status\":\"delivered\",\"timestamp\":\"").append(clock).append("\",\"recipient_id\":\"")
                    .append(OFFICER).append("\"}");
        }
        String batch = "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"102290129340398\",\"changes\":[{\"field\":"
                + "\"messages\",\"value\":{\"messaging_product\":\"whatsapp\",\"statuses\":[" + statuses + "]}}]}]}";
        assertTrue(batch.length() > 1024 * 1024, "the batch has " + batch.length() + " bytes");
        HttpResponse<String> taken = post(batch, sign(batch));
        assertEquals(200, taken.statusCode(), taken.body());

        // beyond 3 MB: refused before it is read, as JSON
        RawHttp.Answer refused = RawHttp.post(URI.create(portal.publicUrl("/")).getPort(), "127.0.0.9", "/api/channels/whatsapp",
                java.util.Map.of("Content-Type", "application/json", "X-Hub-Signature-256", "sha256=" + "0".repeat(64)),
                batch.getBytes(StandardCharsets.UTF_8), 3 * 1024 * 1024 + 1, false);
        assertEquals(413, refused.status(), refused.body());
        assertTrue(json(refused.body()).getString("message").contains("3 MB"), refused.body());
    }

    @Test
    @Order(2)
    void anOfficerGoesThroughTheBotWithWrongFormatsAndAsksForAnAgent() throws Exception {
        CloudApiStandIn.Sent greeting = say(OFFICER, "Halo", b -> b.contains("BERHENTI"));
        assertTrue(greeting.body().contains("\"to\":\"" + OFFICER + "\""));
        say(OFFICER, "Joko Santoso", b -> b.contains("daerah"));
        say(OFFICER, "Atlantis", b -> b.contains("tidak kami kenali"));
        CloudApiStandIn.Sent choice = say(OFFICER, "Bandung", b -> b.contains("\"type\":\"interactive\"") && b.contains("region:32.73"));
        assertTrue(choice.body().contains("\"type\":\"list\""));
        String pick = delivery(OFFICER, wamid(), clock += 20,
                "\"type\":\"interactive\",\"interactive\":{\"type\":\"list_reply\",\"list_reply\":{\"id\":\"region:32.73\",\"title\":\"Kota Bandung\"}}");
        assertEquals(200, post(pick, sign(pick)).statusCode());
        portal.whatsApp().await(OFFICER, s -> s.body().contains("instansi"));
        say(OFFICER, "BPKAD Kota Bandung", b -> b.contains("email"));
        say(OFFICER, "joko di bandung", b -> b.contains("Format email belum benar"));
        say(OFFICER, "joko.wa@bandung.go.id", b -> b.contains("pertanyaan"));
        CloudApiStandIn.Sent menu = say(OFFICER, "Kapan DAU bulan ini disalurkan?", b -> b.contains("menu:9"));
        assertTrue(menu.body().contains("Chat Agent"));

        // the same delivery again (Meta repeats them): worked once
        int sentBefore = portal.whatsApp().sentTo(OFFICER).size();
        String again = delivery(OFFICER, "wamid.REPEATED" + START.getEpochSecond(), clock += 20, text("1"));
        assertEquals(200, post(again, sign(again)).statusCode());
        CloudApiStandIn.Sent questions = portal.whatsApp().await(OFFICER, sentBefore, s -> s.body().contains("kb:"));
        Matcher dau = Pattern.compile("\"title\":\"(\\d+)\\. Kapan DAU").matcher(questions.body());
        assertTrue(dau.find(), questions.body());
        int before = portal.whatsApp().sentTo(OFFICER).size();
        assertEquals(200, post(again, sign(again)).statusCode());
        CloudApiStandIn.Sent answer = say(OFFICER, dau.group(1), b -> b.contains("disalurkan setiap bulan"));
        assertEquals(before + 1, portal.whatsApp().sentTo(OFFICER).size(), "the repeated delivery was not answered again");
        assertTrue(answer.body().contains("9 untuk chat dengan agen"));

        CloudApiStandIn.Sent handover = say(OFFICER, "9", b -> b.contains("TIK-"));
        Matcher m = Pattern.compile("(TIK-\\d{4}-\\d{6})").matcher(handover.body());
        assertTrue(m.find());
        ticket = m.group(1);
    }

    @Test
    @Order(3)
    void theAgentAnswersFromTheTicketAndTheStatusesComeBack() throws Exception {
        HelpdeskJourneyIT.login("agent");
        browser.open(portal.staffUrl("/helpdesk/tiket.xhtml?nomor=" + ticket));
        String page = browser.text();
        assertTrue(page.contains("Kapan DAU bulan ini disalurkan?"), "the transcript is on the ticket");
        assertTrue(page.contains("Joko Santoso"));
        assertFalse(page.contains(UNSIGNED_TEXT), "the unsigned delivery was never stored");
        browser.type(By.id("reply:text"), "DAU bulan ini disalurkan pada minggu kedua. Salam, Dering DJPK.");
        browser.clickAndWait(By.id("reply:send"));
        assertEquals("Dijawab", browser.find(By.id("status")).getText());
        CloudApiStandIn.Sent out = portal.whatsApp().await(OFFICER, s -> s.body().contains("minggu kedua"));
        assertTrue(out.body().contains("\"type\":\"text\""));

        for (String state : List.of("sent", "delivered", "read")) {
            String s = status(out.wamid(), state, OFFICER);
            assertEquals(200, post(s, sign(s)).statusCode());
        }
        String detail = awaitTicket(t -> t.contains("\"READ\""));
        assertTrue(detail.contains("minggu kedua"), detail);

        // the officer writes again, with a document: the same ticket, no bot in between, the file checked and kept
        byte[] pdf = TestPdf.withText("Surat permohonan data Kota Bandung");
        portal.whatsApp().media("MEDIA-" + START.getEpochSecond(), pdf, "application/pdf");
        String doc = delivery(OFFICER, wamid(), clock += 20, "\"type\":\"document\",\"document\":{\"id\":\"MEDIA-"
                + START.getEpochSecond() + "\",\"mime_type\":\"application/pdf\",\"filename\":\"surat-permohonan.pdf\","
                + "\"caption\":\"Terima kasih, sudah jelas. Surat kami terlampir.\"}");
        assertEquals(200, post(doc, sign(doc)).statusCode());
        String later = awaitTicket(t -> t.contains("surat-permohonan.pdf"));
        assertTrue(later.contains("sudah jelas"), later);
        assertTrue(later.contains(HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(pdf))),
                "the file as the officer sent it: " + later);

        // the agent answers with a file: the text, then the file uploaded to Meta and sent as a document by its media id
        byte[] table = TestPdf.withText("Jadwal penyaluran DAU 2024");
        Path file = Path.of("target", "jadwal-dau.pdf").toAbsolutePath();
        Files.write(file, table);
        browser.open(portal.staffUrl("/helpdesk/tiket.xhtml?nomor=" + ticket));
        browser.present(By.cssSelector("#replyFiles input[type=file]")).sendKeys(file.toString());
        browser.await(d -> d.findElement(By.id("pending")).getText().contains("jadwal-dau.pdf") ? true : null);
        browser.type(By.id("reply:text"), "Jadwalnya kami lampirkan.");
        browser.clickAndWait(By.id("reply:send"));
        CloudApiStandIn.Sent document = portal.whatsApp().await(OFFICER, s -> s.body().contains("\"type\":\"document\""));
        CloudApiStandIn.Upload upload = portal.whatsApp().uploads().stream()
                .filter(u -> document.body().contains("\"id\":\"" + u.id() + "\"")).findFirst().orElseThrow(
                        () -> new AssertionError("the document names an uploaded file: " + document.body() + " " + portal.whatsApp().uploads()));
        assertArrayEquals(table, upload.content(), "the file as the agent attached it");
        assertEquals("application/pdf", upload.type());
        assertTrue(document.body().contains("\"filename\":\"jadwal-dau.pdf\""), document.body());
        assertFalse(document.body().contains("portal_storage_key"), "the portal's own fields stay inside: " + document.body());
        assertTrue(portal.whatsApp().sentTo(OFFICER).stream().anyMatch(s -> s.body().contains("Jadwalnya kami lampirkan")));
    }

    /** The ticket as the staff API shows it, once it satisfies the condition (the webhook is worked after its answer). */
    static String awaitTicket(java.util.function.Predicate<String> ready) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        String body = "";
        while (System.nanoTime() < deadline) {
            HttpResponse<String> r = staffGet("/api/tickets/" + ticket);
            body = r.body();
            if (r.statusCode() == 200 && ready.test(body)) {
                return body;
            }
            PortalServer.sleep(300);
        }
        throw new AssertionError("ticket " + ticket + " never became ready: " + body);
    }

    @Test
    @Order(4)
    void outsideTheTwentyFourHourWindowTheAgentIsToldAndNothingIsSent() throws Exception {
        long old = Instant.now().minusSeconds(26 * 3600).getEpochSecond();
        String identity = "Nama: Rina\nDaerah: Kab. Sintang\nInstansi: BPKAD\nEmail: rina.wa@sintang.go.id\nPertanyaan: Apa itu DBH?";
        for (String body : List.of(identity, "9")) {
            String d = delivery(LATE, wamid(), old += 30, text(body));
            assertEquals(200, post(d, sign(d)).statusCode());
        }
        CloudApiStandIn.Sent handover = portal.whatsApp().await(LATE, s -> s.body().contains("TIK-"));
        Matcher m = Pattern.compile("(TIK-\\d{4}-\\d{6})").matcher(handover.body());
        assertTrue(m.find());
        int sent = portal.whatsApp().sentTo(LATE).size();
        HelpdeskJourneyIT.login("agent");
        browser.open(portal.staffUrl("/helpdesk/tiket.xhtml?nomor=" + m.group(1)));
        browser.type(By.id("reply:text"), "Jawaban yang terlambat.");
        browser.clickAndWait(By.id("reply:send"));
        assertTrue(browser.text().contains("lebih dari 24 jam"), browser.text());
        assertEquals(sent, portal.whatsApp().sentTo(LATE).size(), "nothing went to Meta");
    }

    @Test
    @Order(5)
    void aRefusalForNowIsTriedAgainAndTheFiguresCountFromTheMessagesOwnTimes() throws Exception {
        portal.whatsApp().refuseNext(429, 1);
        say(OFFICER, "menu", b -> b.contains("menu:9"));
        assertTrue(portal.whatsApp().sentTo(OFFICER).stream().anyMatch(s -> s.status() == 429), "the first attempt was refused");
        CloudApiStandIn.Sent visits = say(OFFICER, "8", b -> b.contains("kunjungan tatap muka"));
        assertTrue(visits.body().contains("Kota Bandung") && visits.body().contains("/kunjungan/permohonan"), visits.body());

        long silentAt = Instant.now().minusSeconds(3600).getEpochSecond();
        String d = delivery(SILENT, wamid(), silentAt, text("Halo"));
        assertEquals(200, post(d, sign(d)).statusCode());
        portal.whatsApp().await(SILENT, s -> s.body().contains("BERHENTI"));

        ZoneId wib = ZoneId.of("Asia/Jakarta");
        YearMonth month = YearMonth.from(START.atZone(wib));
        JsonObject f = json(staffGet("/api/stats/chatbot?month=" + month).body());
        assertEquals(month.toString(), f.getString("month"));
        assertTrue(f.getInt("users") >= 1, f.toString());
        assertTrue(f.getJsonObject("menus").getInt("1") >= 1, f.toString());
        assertTrue(f.getJsonObject("menus").getInt("9") >= 1, f.toString());
        assertTrue(f.getInt("handedOver") >= 1, f.toString());
        YearMonth silentMonth = YearMonth.from(Instant.ofEpochSecond(silentAt).atZone(wib));
        JsonObject s = json(staffGet("/api/stats/chatbot?month=" + silentMonth).body());
        assertTrue(s.getInt("abandoned") >= 1, "a conversation silent before any menu choice: " + s);
        assertEquals(400, staffGet("/api/stats/chatbot?month=2024-13").statusCode());
    }

    static HttpResponse<String> blast(String user, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(portal.staffUrl("/api/blasts"))).header("Authorization", HelpdeskApiIT.basic(user))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @Order(6)
    void blastsGoToTheConsentingContactsOfTheSegmentOnly() throws Exception {
        String wa = "{\"name\": \"Undangan sosialisasi DAU\", \"channel\": \"WHATSAPP\", \"template\": \"hello_world\", "
                + "\"language\": \"en_US\", \"parameters\": [], \"segment\": {\"regionCode\": \"32.73\"}}";
        HttpResponse<String> created = blast("agent", wa);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject c = json(created.body());
        int recipients = c.getInt("recipients");
        assertTrue(recipients >= 1, created.body());
        CloudApiStandIn.Sent template = portal.whatsApp().await(OFFICER, s -> s.body().contains("\"type\":\"template\"")
                && s.body().contains("hello_world") && s.wamid() != null);
        assertTrue(portal.whatsApp().sentTo(LATE).stream().noneMatch(s -> s.body().contains("hello_world")), "Sintang is not Bandung");
        String delivered = status(template.wamid(), "delivered", OFFICER);
        assertEquals(200, post(delivered, sign(delivered)).statusCode());
        long deadline = System.nanoTime() + 60_000_000_000L;
        JsonObject progress = null;
        while (System.nanoTime() < deadline) {
            progress = json(staffGet("/api/blasts/" + c.getJsonNumber("id")).body());
            if (progress.getInt("delivered") >= 1) {
                break;
            }
            PortalServer.sleep(300);
        }
        assertTrue(progress.getInt("delivered") >= 1 && progress.getInt("sent") >= 1, String.valueOf(progress));
        assertEquals(recipients, progress.getInt("recipients"));

        say(OFFICER, "BERHENTI", b -> b.contains("tidak akan lagi menerima"));
        HttpResponse<String> again = blast("agent", wa);
        assertEquals(recipients - 1, json(again.body()).getInt("recipients"), "the officer withdrew: " + again.body());

        HttpResponse<String> bad = blast("agent", "{\"name\": \"x\", \"channel\": \"WHATSAPP\", \"template\": \"tidak_ada\", "
                + "\"language\": \"id\", \"segment\": {\"regionCode\": \"99.99\"}}");
        assertEquals(400, bad.statusCode());
        JsonObject errors = json(bad.body()).getJsonObject("errors");
        assertTrue(errors.containsKey("template") && errors.containsKey("regionCode"), bad.body());
        assertEquals(403, blast("publisher", wa).statusCode(), "publishers do not send blasts");

        // by e-mail: the officer agreed on WhatsApp, with the e-mail address they gave; the mail's link withdraws it
        String mailBlast = "{\"name\": \"Survei kepuasan\", \"channel\": \"EMAIL\", \"subject\": \"Survei layanan DJPK\", "
                + "\"body\": \"Mohon isi survei layanan kami.\", \"segment\": {\"provinceCode\": \"32\"}}";
        HttpResponse<String> mailCreated = blast("agent", mailBlast);
        assertEquals(201, mailCreated.statusCode(), mailCreated.body());
        int mailRecipients = json(mailCreated.body()).getInt("recipients");
        String link = null;
        long until = System.nanoTime() + 60_000_000_000L;
        while (link == null && System.nanoTime() < until) {
            for (jakarta.mail.internet.MimeMessage m : portal.smtp().getReceivedMessages()) {
                if (m.getAllRecipients()[0].toString().equals("joko.wa@bandung.go.id") && m.getSubject().equals("Survei layanan DJPK")) {
                    Matcher l = Pattern.compile("(http\\S+/berhenti#kode=[0-9A-Z-]+)").matcher(String.valueOf(m.getContent()));
                    if (l.find()) {
                        link = l.group(1);
                    }
                }
            }
            PortalServer.sleep(300);
        }
        assertTrue(link != null, "the announcement reached the officer's e-mail with its link");
        browser.driver().manage().deleteAllCookies();
        browser.open(link);
        browser.await(d -> !d.findElements(By.id("berhenti-selesai")).isEmpty());
        assertFalse(browser.driver().getCurrentUrl().contains("kode="), "the code leaves the address bar");
        assertEquals(List.of(), browser.accessibilityProblems(), "unsubscribe page");
        assertEquals(mailRecipients - 1, json(blast("agent", mailBlast).body()).getInt("recipients"));
    }

    @Test
    @Order(7)
    void anAdminAddsATemplateAndAnAgentSendsABlastFromThePage() throws Exception {
        HelpdeskJourneyIT.login("admin");
        browser.open(portal.staffUrl("/admin/whatsapp.xhtml"));
        assertTrue(browser.find(By.id("channelState")).getText().contains(CloudApiStandIn.PHONE_NUMBER_ID), "connected");
        browser.type(By.id("template:name"), "undangan_sosialisasi");
        browser.type(By.id("template:language"), "id");
        browser.clickAjax(By.id("template:add"));
        assertTrue(browser.find(By.id("templates:table")).getText().contains("undangan_sosialisasi"), browser.text());
        browser.type(By.id("template:name"), "Bukan Nama");
        browser.clickAjax(By.id("template:add"));
        assertTrue(browser.text().contains("huruf kecil"), "a name WhatsApp Manager would not have is refused");
        // the consent changes of the journey, newest first, each with the text the person was shown
        String consent = browser.find(By.id("consent")).getText();
        assertTrue(consent.contains("tautan berhenti di email pengumuman"), consent);
        assertTrue(consent.contains("WhatsApp: " + OFFICER) && consent.contains("mengetik BERHENTI"), consent);
        assertTrue(consent.contains("mengirim identitas ke chatbot") && consent.contains("Untuk berhenti kapan saja, ketik BERHENTI"), consent);
        assertEquals(List.of(), browser.accessibilityProblems(), "WhatsApp admin page");

        HelpdeskJourneyIT.login("agent");
        browser.open(portal.staffUrl("/helpdesk/blast.xhtml"));
        assertTrue(browser.text().contains("undangan_sosialisasi"), "the new template is offered");
        browser.selectMenu("blast:channel", "Email");
        browser.await(d -> !d.findElements(By.id("blast:subject")).isEmpty());
        browser.type(By.id("blast:name"), "Undangan rapat koordinasi");
        browser.type(By.id("blast:subject"), "Undangan rapat koordinasi DAU");
        browser.type(By.id("blast:body"), "Dengan hormat, kami mengundang Bapak/Ibu.");
        browser.type(By.id("blast:region_input"), "Sintang");
        browser.find(By.xpath("//*[@id='blast:region_panel']//li[contains(@class,'ui-autocomplete-item')]"
                + "[normalize-space()='Kabupaten Sintang']")).click();
        browser.clickAjax(By.id("blast:count"));
        assertTrue(browser.find(By.id("blast:preview")).getText().matches("Penerima: [1-9]\\d*"), browser.text());
        assertEquals(List.of(), browser.accessibilityProblems(), "blast page");
        browser.clickAjax(By.id("blast:send"));
        browser.clickAjax(By.cssSelector(".ui-confirmdialog-yes"));
        assertTrue(browser.find(By.id("recent")).getText().contains("Undangan rapat koordinasi"), browser.text());
        long until = System.nanoTime() + 60_000_000_000L;
        boolean arrived = false;
        while (!arrived && System.nanoTime() < until) {
            for (jakarta.mail.internet.MimeMessage m : portal.smtp().getReceivedMessages()) {
                arrived |= m.getAllRecipients()[0].toString().equals("rina.wa@sintang.go.id")
                        && m.getSubject().equals("Undangan rapat koordinasi DAU");
            }
            PortalServer.sleep(300);
        }
        assertTrue(arrived, "the Sintang officer who agreed on WhatsApp got the announcement");
    }
}
