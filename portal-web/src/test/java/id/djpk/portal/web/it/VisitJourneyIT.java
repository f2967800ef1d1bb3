package id.djpk.portal.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue #4's journey: a Pemda books a consultation with its letter; the desk confirms it; on the day,
 * reception checks in five guests for a booking without a head of region (a breach is recorded, two are
 * admitted); the unit uploads the minutes; someone checks the confirmation letter's number on the public
 * page. The staff portal's visit clock is moved to the day of the visit (test-only endpoint).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VisitJourneyIT extends BrowserTest {

    /** The test's own desk and unit accounts: other browser tests lock {@code desk} and change {@code l2-dtu}'s password. */
    static final String DESK = "meja-kunjungan";
    static final String UNIT = "bak-dtu";
    static final Map<String, String> PASSWORDS = new java.util.HashMap<>();

    static String code;
    static String accessCode;
    static String confirmation;
    static LocalDate day;
    static String recorded;

    static void login(String user) {
        browser.driver().manage().deleteAllCookies();
        browser.open(portal.staffUrl("/login.xhtml"));
        browser.type(By.id("login:username"), user);
        browser.type(By.id("login:password"), PASSWORDS.getOrDefault(user, PortalServer.DEMO_PASSWORD));
        browser.clickAndWait(By.id("login:submit"));
        if (browser.driver().getCurrentUrl().contains("/akun.xhtml")) {
            // the first sign-in of an account the administrator created: its own password first
            PASSWORDS.put(user, StaffSignIn.chooseOwnPassword(browser, user, PASSWORDS.get(user)));
        }
    }

    static void createAccount(String username, String fullName, String role, String unit) {
        browser.open(portal.staffUrl("/admin/pengguna.xhtml"));
        browser.clickAjax(By.id("users:newUser"));
        browser.type(By.id("editForm:username"), username);
        browser.type(By.id("editForm:fullName"), fullName);
        PASSWORDS.put(username, browser.find(By.id("editForm:password")).getAttribute("value"));
        browser.find(By.xpath("//*[@id='editForm:roles']//label[normalize-space()='" + role + "']")).click();
        browser.awaitAjax();
        if (unit != null) {
            browser.selectMenu("editForm:unit", unit);
        }
        browser.clickAjax(By.id("editForm:saveUser"));
        browser.await(d -> d.findElement(By.id("users:table")).getText().contains(username));
    }

    static void setValue(By by, String value) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", browser.find(by), value);
    }

    @Test
    @Order(1)
    void aPemdaBooksWithItsLetter() throws Exception {
        // the Pemda proposes the first day the schedule offers to a request sent now
        browser.open(portal.publicUrl("/kunjungan/jadwal"));
        String proposed = browser.find(By.cssSelector("#sesi tbody tr[data-bookable='true']")).getAttribute("data-date");
        browser.open(portal.publicUrl("/kunjungan/permohonan"));
        assertEquals(List.of(), browser.accessibilityProblems(), "/kunjungan/permohonan");
        browser.type(By.id("f-institution"), "Pemerintah Kabupaten Sleman");
        browser.type(By.id("f-region_code"), "34.04");
        browser.type(By.id("f-contact_name"), "Wahyu Hidayat");
        browser.type(By.id("f-email"), "bkad@slemankab.go.id");
        browser.type(By.id("f-phone"), "0274 868 405");
        browser.find(By.id("f-mode-TATAP_MUKA")).click();
        browser.find(By.id("f-topic-DAU")).click();
        new Select(browser.find(By.id("f-preferred_unit"))).selectByValue("DTU");
        browser.type(By.id("f-letter_number"), "900/1121/BKAD/2026");
        setValue(By.id("f-letter_date"), LocalDate.now(ZoneId.of("Asia/Jakarta")).minusDays(1).toString());
        browser.type(By.id("f-guest_name_1"), "Wahyu Hidayat");
        browser.type(By.id("f-guest_position_1"), "Kepala BKAD");
        browser.type(By.id("f-guest_name_2"), "Ratna Sari");
        browser.type(By.id("f-guest_position_2"), "Kepala Bidang Anggaran");
        setValue(By.id("f-preferred_date_1"), proposed);
        Path letter = Files.createTempFile("surat", ".pdf");
        Files.write(letter, TestPdf.withText("Surat permohonan konsultasi Kabupaten Sleman"));
        browser.find(By.id("f-letter")).sendKeys(letter.toAbsolutePath().toString());
        browser.clickAndWait(By.id("kirim"));
        assertTrue(browser.find(By.id("waktu-diterima")).getText().contains("WIB"), browser.find(By.id("waktu-diterima")).getText());
        String proposedText = browser.find(By.id("tanggal-usulan")).getText();
        assertTrue(proposedText.contains(String.valueOf(LocalDate.parse(proposed).getDayOfMonth())) && proposedText.contains(", "),
                "the receipt repeats the proposed date: " + proposedText);

        code = browser.find(By.id("kode-booking")).getText().trim();
        accessCode = browser.find(By.id("kode-akses")).getText().trim();
        assertTrue(code.matches("KJ-[A-Z0-9]{6}"), code);
        String quota = browser.find(By.id("sisa-kuota")).getText();
        assertTrue(quota.contains("Kabupaten Sleman") && quota.contains("2 dari 2"), quota);
        assertEquals(List.of(), browser.accessibilityProblems(), "receipt");
        assertTrue(accessCode.matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){3}"), "a code people can type: " + accessCode);
        assertTrue(browser.find(By.id("tautan-status")).getAttribute("href").endsWith("?kode=" + code + "#akses=" + accessCode));
        browser.find(By.id("tautan-status")).click();
        browser.await(d -> !d.findElements(By.id("status-permohonan")).isEmpty());
        assertTrue(browser.find(By.id("status-permohonan")).getText().contains("menunggu penjadwalan"), browser.text());
        assertEquals(proposedText, browser.find(By.id("tanggal-usulan")).getText(), "the status page shows the proposed dates too");
        assertFalse(browser.driver().getCurrentUrl().contains(accessCode), browser.driver().getCurrentUrl());
        assertEquals(List.of(), browser.accessibilityProblems(), "/kunjungan/status");

        // the booking and access codes typed by hand, as read out on the phone
        browser.open(portal.publicUrl("/kunjungan/status"));
        browser.type(By.id("kode"), code.toLowerCase());
        browser.type(By.id("akses"), accessCode.toLowerCase().replace("-", " "));
        browser.clickAndWait(By.cssSelector("form.filters button[type=submit]"));
        assertTrue(browser.find(By.id("status-permohonan")).getText().contains("menunggu penjadwalan"), browser.text());

        browser.open(portal.publicUrl("/kunjungan/jadwal"));
        assertTrue(browser.text().contains("09.00"), browser.text());
        // the first working days cannot be booked by a request sent now: not offered as free
        assertTrue(browser.find(By.id("paling-cepat")).getText().contains("paling cepat dijadwalkan"), browser.text());
        org.openqa.selenium.WebElement first = browser.find(By.cssSelector("#sesi tbody tr"));
        assertEquals("false", first.getAttribute("data-bookable"));
        assertTrue(first.getText().contains("Belum dapat dipesan") && !first.getText().contains("Kosong"), first.getText());
        assertTrue(browser.all(By.cssSelector("#sesi tbody tr[data-bookable='true']")).size() > 0);
        assertEquals(List.of(), browser.accessibilityProblems(), "/kunjungan/jadwal");
        assertTrue(browser.cookies().keySet().stream().noneMatch(c -> c.toUpperCase().contains("SESSION")),
                "the visit pages keep no session: " + browser.cookies());
    }

    @Test
    @Order(2)
    void theAdministratorSetsUpTheDeskAndTheUnit() {
        login("admin");
        createAccount(DESK, "Meja Reservasi Uji", "Meja Reservasi", null);
        createAccount(UNIT, "Tim BAK DTU", "Unit Teknis Layer 2", "DTU");
    }

    @Test
    @Order(3)
    void theDeskConfirmsTheFirstProposedSession() throws Exception {
        login(DESK);
        browser.open(portal.staffUrl("/kunjungan/antrian.xhtml"));
        assertTrue(browser.find(By.id("queue")).getText().contains("Pemerintah Kabupaten Sleman"), browser.text());
        assertTrue(browser.find(By.id("queue")).getText().contains("2 dari 2"), "the region's visits left: " + browser.text());
        browser.open(browser.find(By.linkText(code)).getAttribute("href"));
        browser.find(By.cssSelector("#confirm\\:slot .ui-radiobutton-box")).click();
        assertEquals("DTU", new Select(browser.find(By.id("confirm:unit"))).getFirstSelectedOption().getAttribute("value"));
        String proposal = browser.find(By.cssSelector("#confirm\\:slot label")).getText();
        // the desk is asked first, with what goes to whom; "Tidak" schedules nothing and sends nothing
        int mails = mailsTo("bkad@slemankab.go.id", 1).size(); // the receipt, once it has arrived
        String events = browser.find(By.id("events")).getText();
        String declined = browser.clickDeclined(By.id("confirm:doConfirm"));
        assertTrue(declined.contains("Wahyu Hidayat <bkad@slemankab.go.id>, Pemerintah Kabupaten Sleman")
                && declined.contains("Jadwal: " + proposal) && declined.contains("Unit teknis: Direktorat Dana Transfer Umum"), declined);
        assertEquals("Menunggu jadwal", browser.find(By.id("status")).getText().trim(), "not confirmed without the answer");
        assertTrue(browser.all(By.id("confirmationNumber")).isEmpty(), "no letter without the answer");
        assertEquals(events, browser.find(By.id("events")).getText());
        assertEquals(declined, browser.clickConfirmed(By.id("confirm:doConfirm")));
        assertTrue(browser.text().contains("Jadwal dikonfirmasi"), browser.text());
        confirmation = browser.find(By.id("confirmationNumber")).getText().trim();
        assertTrue(confirmation.matches("S-\\d+/PK\\.1/\\d{4}"), "a number of the letter register: " + confirmation);
        String schedule = browser.find(By.id("schedule")).getText();
        day = LocalDate.parse(schedule.replaceAll("^[^,]*, ", "").replaceAll(",.*", ""),
                DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id-ID")));
        // the timeline says the session in words, not "2026-12-10 #1"
        String timeline = browser.find(By.id("events")).getText();
        assertTrue(timeline.contains(schedule.replaceAll(",[^,]*$", "")), schedule + " in " + timeline);
        assertFalse(timeline.matches("(?s).*(\\d{4}-\\d{2}-\\d{2}| #\\d).*"), timeline);
        // one e-mail, the confirmation: the declined confirmation sent none
        List<jakarta.mail.internet.MimeMessage> sent = mailsTo("bkad@slemankab.go.id", mails + 1);
        assertEquals(mails + 1, sent.size());
    }

    @Test
    @Order(4)
    void receptionAdmitsTwoOfFiveAndRecordsTheBreach() throws Exception {
        HttpResponse<String> moved = HTTP.send(HttpRequest.newBuilder(URI.create(portal.staffUrl("/api/visits/clock?at="
                + URLEncoder.encode(day + "T08:50+07:00", StandardCharsets.UTF_8))))
                .header("Authorization", basic(DESK)).PUT(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, moved.statusCode(), moved.body());

        browser.open(portal.staffUrl("/kunjungan/resepsionis.xhtml"));
        browser.type(By.id("find:input"), "KJ-ZZZZZZ");
        browser.clickAndWait(By.id("find:doFind"));
        assertTrue(browser.text().contains("tanpa memperoleh jadwal"), "a walk-in is refused with the rule: " + browser.text());

        browser.type(By.id("find:input"), code);
        browser.clickAndWait(By.id("find:doFind"));
        assertEquals("2", browser.find(By.id("allowed")).getText().replaceAll("\\D.*", "").trim());
        for (WebElement box : browser.all(By.cssSelector("#checkin\\:arrived .ui-chkbox-box"))) {
            box.click();
        }
        browser.type(By.id("checkin:others"), "Tamu Tiga\nTamu Empat\nTamu Lima");
        browser.clickAndWait(By.id("checkin:doCheckIn"));
        assertEquals("5", browser.find(By.id("arrivedCount")).getText().trim());
        assertEquals("2", browser.find(By.id("admittedCount")).getText().trim());
        assertTrue(browser.find(By.id("breach")).isDisplayed());
    }

    @Test
    @Order(5)
    void theUnitUploadsTheMinutes() throws Exception {
        login(UNIT);
        browser.open(portal.staffUrl("/kunjungan/bak.xhtml"));
        assertTrue(browser.find(By.id("awaiting")).getText().contains(code), browser.text());
        new Select(browser.find(By.id("minutes:code"))).selectByValue(code);
        Path bak = Files.createTempFile("bak", ".pdf");
        Files.write(bak, TestPdf.withText("Berita Acara Konsultasi " + code));
        browser.find(By.id("minutes:bak")).sendKeys(bak.toAbsolutePath().toString());
        browser.clickAndWait(By.id("minutes:doUpload"));
        assertTrue(browser.text().contains("Berita acara " + code + " disimpan"), browser.text());

        HttpResponse<String> monthly = HTTP.send(HttpRequest.newBuilder(URI.create(portal.staffUrl("/api/visits/monthly?month="
                + day.toString().substring(0, 7)))).header("Authorization", basic(DESK)).build(), HttpResponse.BodyHandlers.ofString());
        JsonObject row = Json.createReader(new StringReader(monthly.body())).readObject().getJsonArray("visits").stream()
                .map(v -> v.asJsonObject()).filter(v -> v.getString("code").equals(code)).findFirst().orElseThrow();
        assertEquals(5, row.getInt("guests"));
        assertEquals(2, row.getInt("admitted"));
        assertTrue(row.getBoolean("breach"));
    }

    @Test
    @Order(6)
    void someoneVerifiesTheConfirmationLetter() throws Exception {
        browser.open(portal.publicUrl("/cek-surat"));
        browser.type(By.id("nomor"), confirmation);
        browser.clickAndWait(By.id("periksa"));
        assertTrue(browser.find(By.id("surat-asli")).isDisplayed(), browser.text());
        assertTrue(browser.find(By.id("perihal")).getText().contains(code));
        assertEquals(List.of(), browser.accessibilityProblems(), "/cek-surat genuine");

        browser.type(By.id("nomor"), "S-999/PK/2024");
        browser.clickAndWait(By.id("periksa"));
        assertTrue(browser.find(By.id("tidak-terdaftar")).getText().contains("tidak terdaftar"), browser.text());
        assertEquals(List.of(), browser.accessibilityProblems(), "/cek-surat not found");

        HttpResponse<String> api = HTTP.send(HttpRequest.newBuilder(URI.create(portal.publicUrl("/api/letters/verify?number="
                + URLEncoder.encode(confirmation, StandardCharsets.UTF_8)))).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(Json.createReader(new StringReader(api.body())).readObject().getBoolean("genuine"), api.body());

        HttpResponse<String> status = HTTP.send(HttpRequest.newBuilder(URI.create(portal.publicUrl("/api/visits/" + code)))
                .header("X-Access-Code", accessCode).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals("HELD", Json.createReader(new StringReader(status.body())).readObject().getString("status"), status.body());
    }

    @Test
    @Order(7)
    void theApiRefusesABrokenRuleWith422() throws Exception {
        Map<String, String> fields = Map.of("institution", "DPRD Kabupaten Sleman", "region_code", "34.04",
                "contact_name", "Ani", "email", "dprd@slemankab.go.id", "phone", "0274 868 000", "mode", "TATAP_MUKA",
                "topics", "DAU", "letter_number", "170/55/DPRD/2026", "letter_date", LocalDate.now().minusDays(2).toString(),
                "guests", "[{\"name\":\"A\",\"position\":\"Ketua\",\"head\":false},{\"name\":\"B\",\"position\":\"Anggota\",\"head\":false},"
                        + "{\"name\":\"C\",\"position\":\"Anggota\",\"head\":false}]");
        HttpResponse<String> refused = visitApi(fields);
        assertEquals(422, refused.statusCode(), refused.body());
        JsonObject answer = Json.createReader(new StringReader(refused.body())).readObject();
        assertEquals("GUESTS", answer.getString("rule"));
        assertTrue(answer.getString("message").contains("SE-2/PK.1/2024"));

        // refused requests do not use up the 5 an hour: after six refusals the corrected request goes through
        for (int i = 0; i < 5; i++) {
            assertEquals(422, visitApi(fields).statusCode(), "refusal " + (i + 2));
        }
        Map<String, String> corrected = new java.util.HashMap<>(fields);
        corrected.put("mode", "VIDEO_CONFERENCE");
        corrected.put("guests", "[{\"name\":\"A\",\"position\":\"Ketua\",\"head\":false},"
                + "{\"name\":\"B\",\"position\":\"Anggota\",\"head\":false}]");
        HttpResponse<String> accepted = visitApi(corrected);
        assertEquals(201, accepted.statusCode(), accepted.body());
        JsonObject booked = Json.createReader(new StringReader(accepted.body())).readObject();

        // the status API: the booking's access code in its header; guessing is limited per booking code
        HttpResponse<String> status = visitStatus(booked.getString("code"), booked.getString("accessCode").toLowerCase());
        assertEquals(200, status.statusCode(), status.body());
        for (int i = 0; i < 10; i++) {
            assertEquals(404, visitStatus(booked.getString("code"), "AAAA-BBBB-CCCC-DDD" + i).statusCode());
        }
        HttpResponse<String> blocked = visitStatus(booked.getString("code"), booked.getString("accessCode"));
        assertEquals(429, blocked.statusCode(), blocked.body());
        assertTrue(blocked.headers().firstValue("Retry-After").isPresent());
        HttpResponse<String> openApi = HTTP.send(HttpRequest.newBuilder(URI.create(portal.publicUrl("/openapi"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(openApi.body().contains("/api/visits/availability") && openApi.body().contains("/api/letters/verify"));
        JsonObject availability = Json.createReader(new StringReader(HTTP.send(HttpRequest.newBuilder(
                URI.create(portal.publicUrl("/api/visits/availability"))).build(), HttpResponse.BodyHandlers.ofString()).body()))
                .readObject();
        String earliest = availability.getString("earliest");
        for (JsonObject day : availability.getJsonArray("days").getValuesAs(JsonObject.class)) {
            assertEquals(day.getString("date").compareTo(earliest) >= 0, day.getBoolean("bookable"), day.toString());
        }
    }

    @Test
    @Order(8)
    void theDeskRecordsARequestThatCameByEmailWithItsReceiptTime() throws Exception {
        login(DESK);
        browser.open(portal.staffUrl("/kunjungan/catat.xhtml"));
        assertEquals(List.of(), browser.accessibilityProblems(), "/kunjungan/catat.xhtml");
        browser.clickAndWait(By.id("intake:save"));
        assertTrue(browser.text().contains("Periksa kembali isian yang ditandai."), "nothing given: " + browser.text());
        assertEquals(List.of(), browser.accessibilityProblems(), "the form with its error messages");

        LocalDate received = LocalDate.now(ZoneId.of("Asia/Jakarta")).minusDays(2);
        DateTimeFormatter picker = DateTimeFormatter.ofPattern("dd-MM-yyyy");
        browser.type(By.id("intake:receivedDate_input"), received.format(picker));
        browser.type(By.id("intake:receivedTime"), "16.45");
        browser.type(By.id("intake:institution"), "Pemerintah Kota Banjarmasin");
        // the region by typing its name, as on every staff page
        browser.type(By.id("intake:region_input"), "Banjarmasin");
        browser.find(By.xpath("//*[@id='intake:region_panel']//li[contains(@class,'ui-autocomplete-item')]"
                + "[normalize-space()='Kota Banjarmasin']")).click();
        browser.type(By.id("intake:contactName"), "Siti Rahmah");
        browser.type(By.id("intake:email"), "bpkpad@banjarmasinkota.go.id");
        browser.type(By.id("intake:phone"), "0511 3352 123");
        new Select(browser.find(By.id("intake:mode"))).selectByValue("VIDEO_CONFERENCE");
        new Select(browser.find(By.id("intake:topics"))).selectByValue("DAU");
        browser.type(By.id("intake:letterNumber"), "900/412/BPKPAD/2026");
        browser.type(By.id("intake:letterDate_input"), received.minusDays(1).format(picker));
        Path letter = Files.createTempFile("surat-email", ".pdf");
        Files.write(letter, TestPdf.withText("Surat permohonan video conference Kota Banjarmasin"));
        browser.present(By.id("intake:letter")).sendKeys(letter.toAbsolutePath().toString());
        browser.clickAndWait(By.id("intake:save"));

        assertTrue(browser.text().contains("dicatat"), browser.text());
        recorded = browser.driver().getCurrentUrl().replaceAll(".*kode=", "");
        assertTrue(recorded.matches("KJ-[A-Z0-9]{6}"), browser.driver().getCurrentUrl());
        assertTrue(browser.text().contains("Pemerintah Kota Banjarmasin"), browser.text());
        assertTrue(browser.text().contains(received.format(DateTimeFormatter.ofPattern("d MMM yyyy",
                Locale.forLanguageTag("id-ID"))) + ", 16.45 WIB"), "received when the e-mail came: " + browser.text());
        browser.open(portal.staffUrl("/kunjungan/antrian.xhtml"));
        assertTrue(browser.find(By.id("queue")).getText().contains("Pemerintah Kota Banjarmasin"), browser.text());
    }

    @Test
    @Order(9)
    void theDeskCancelsOnlyAfterSayingYes() throws Exception {
        String address = "bpkpad@banjarmasinkota.go.id";
        browser.open(portal.staffUrl("/kunjungan/permohonan.xhtml?kode=" + recorded));
        browser.type(By.id("cancel:reason"), "Pemda meminta penundaan sampai APBD-P ditetapkan.");
        int mails = mailsTo(address, 1).size(); // the receipt, once it has arrived
        String events = browser.find(By.id("events")).getText();
        // the question names the notice, the booking and whom it goes to; "Tidak" cancels nothing and sends nothing
        String declined = browser.clickDeclined(By.id("cancel:doCancel"));
        assertTrue(declined.contains("pembatalan kunjungan " + recorded)
                && declined.contains("Siti Rahmah <" + address + ">, Pemerintah Kota Banjarmasin"), declined);
        assertEquals("Menunggu jadwal", browser.find(By.id("status")).getText().trim(), "not cancelled without the answer");
        assertEquals(events, browser.find(By.id("events")).getText());

        assertEquals(declined, browser.clickConfirmed(By.id("cancel:doCancel")));
        assertTrue(browser.text().contains("Permohonan dibatalkan."), browser.text());
        assertEquals("Dibatalkan", browser.find(By.id("status")).getText().trim());
        // one e-mail, the cancellation: the declined one sent none
        assertEquals(mails + 1, mailsTo(address, mails + 1).size());
    }

    static HttpResponse<String> visitApi(Map<String, String> fields) throws Exception {
        String boundary = "----visit" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> e : fields.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + e.getKey() + "\"\r\n"
                    + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + e.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"letter\"; filename=\"surat.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(TestPdf.withText("Surat DPRD"));
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(URI.create(portal.publicUrl("/api/visits")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> visitStatus(String code, String accessCode) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(portal.publicUrl("/api/visits/" + code)))
                .header("X-Access-Code", accessCode).header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
    }

    @AfterAll
    static void systemClock() throws Exception {
        if (!PASSWORDS.containsKey(DESK)) {
            return;
        }
        HTTP.send(HttpRequest.newBuilder(URI.create(portal.staffUrl("/api/visits/clock"))).header("Authorization", basic(DESK))
                .PUT(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORDS.getOrDefault(user, PortalServer.DEMO_PASSWORD))
                .getBytes(StandardCharsets.UTF_8));
    }
}
