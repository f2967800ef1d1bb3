package id.djpk.portal.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

/**
 * The whole PPID journey of issue #3: a member of the public submits with an ID scan → the officer extends,
 * then grants with a file → the requester sees the decision and downloads the file → files an objection →
 * the superior decides. Every message reaches the SMTP server (GreenMail).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PpidJourneyIT extends BrowserTest {

    private static final String EMAIL = "rahmat.journey@example.org";
    static String number;
    static String code;

    static String requestPage() {
        return portal.staffUrl("/ppid/permohonan.xhtml?nomor=" + URLEncoder.encode(number, StandardCharsets.UTF_8));
    }

    /** The e-mail's access link: the code in the fragment, which the page's script posts. */
    static String statusPage() {
        return portal.publicUrl("/ppid/status?nomor=" + number + "#kode=" + code);
    }

    /** The messages GreenMail received for the requester, oldest first, once {@code count} have arrived. */
    static List<MimeMessage> mailsToRequester(int count) throws Exception {
        return mailsTo(EMAIL, count);
    }

    static MimeMessage withSubject(List<MimeMessage> messages, String start) throws Exception {
        for (MimeMessage m : messages) {
            if (m.getSubject().startsWith(start)) {
                return m;
            }
        }
        throw new AssertionError("no message whose subject starts with " + start);
    }

    /** Downloads in the browser's own session (cookies included) and returns status and size. */
    static List<Object> fetch(String url) {
        @SuppressWarnings("unchecked")
        List<Object> result = (List<Object>) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.arrayBuffer().then(b => done([r.status, b.byteLength,"
                        + " r.headers.get('content-type')]))).catch(e => done([0, 0, String(e)]));", url);
        return result;
    }

    @Test
    @Order(1)
    void thePublicSubmitsWithAnIdScanAndReloadingTheReceiptSubmitsNothing() throws Exception {
        browser.driver().manage().deleteAllCookies();
        browser.open(portal.publicUrl("/ppid/permohonan"));
        PpidPublicIT.fillValidForm("Rahmat Hidayat");
        browser.type(By.id("f-email"), EMAIL);
        Path scan = Files.createTempFile("ktp", ".pdf");
        Files.write(scan, TestPdf.withText("KTP Rahmat Hidayat"));
        browser.find(By.id("f-id_scan")).sendKeys(scan.toAbsolutePath().toString());
        browser.clickAndWait(By.cssSelector("form.ppid-form button[type=submit]"));
        number = browser.find(By.id("nomor-registrasi")).getText().trim();
        code = browser.find(By.id("kode-akses")).getText().trim();
        assertTrue(browser.driver().getCurrentUrl().contains("/ppid/diterima"), "redirected after the post");

        assertFalse(browser.driver().getCurrentUrl().contains(code), "the code came in the redirect's fragment and was posted");
        assertTrue(browser.find(By.id("waktu-diterima")).getText().matches(".*\\d{1,2} \\p{L}+ \\d{4}, \\d{2}\\.\\d{2} WIB.*"),
                "the receipt says when the request came: " + browser.find(By.id("waktu-diterima")).getText());
        // the redirect's address (as kept in the history) shows the same request again and submits nothing
        browser.open(portal.publicUrl("/ppid/diterima?nomor=" + number + "#kode=" + code));
        browser.await(d -> !d.findElements(By.id("nomor-registrasi")).isEmpty());
        assertEquals(number, browser.find(By.id("nomor-registrasi")).getText().trim(), "a reload shows the same request");

        MimeMessage ack = mailsToRequester(1).get(0);
        String body = (String) ack.getContent();
        assertTrue(ack.getSubject().contains(number), ack.getSubject());
        assertTrue(body.contains(code) && body.contains("/ppid/status?nomor=" + number + "#kode=" + code), body);
        assertFalse(body.contains("kode=" + code.substring(0, 4) + "&") || body.contains("&kode="), "no code in a query string");
    }

    @Test
    @Order(2)
    void theOfficerReadsTheScanExtendsAndGrantsWithAFile() throws Exception {
        PpidDeskIT.login("ppid");
        browser.open(requestPage());
        List<Object> scan = fetch(browser.find(By.id("idScan")).getAttribute("href"));
        assertEquals(200L, scan.get(0), "the officer opens the ID scan");
        assertEquals("application/pdf", scan.get(2));

        browser.type(By.id("extend:reason"), "Data perlu dihimpun dari Direktorat Dana Transfer Umum.");
        browser.type(By.id("extend:days_input"), "3");
        // the confirmation names the letter and its recipient; "Tidak" sends nothing and changes nothing
        String due = browser.find(By.id("dueExplanation")).getText();
        String mails = browser.find(By.id("mails")).getText();
        String extendAsked = browser.clickDeclined(By.id("extend:save"));
        assertTrue(extendAsked.contains("perpanjangan") && extendAsked.contains(number) && extendAsked.contains("<" + EMAIL + ">"), extendAsked);
        assertEquals(due, browser.find(By.id("dueExplanation")).getText(), "not extended without the confirmation");
        assertEquals(mails, browser.find(By.id("mails")).getText(), "no e-mail without the confirmation");
        browser.clickConfirmed(By.id("extend:save"));
        assertTrue(browser.find(By.id("dueExplanation")).getText().contains("3 hari kerja"), browser.text());

        // granting a softcopy without giving anything is refused and changes nothing
        browser.selectMenu("decide:decision", "Diberikan seluruhnya");
        browser.type(By.id("decide:text"), "Data DAU 2024 per daerah terlampir.");
        browser.clickConfirmed(By.id("decide:save"));
        assertTrue(browser.text().contains("lampirkan berkas atau tautan"), browser.text());

        browser.open(requestPage());
        browser.selectMenu("classify:topic", "Dana Alokasi Umum");
        browser.clickAjax(By.id("classify:save"));
        assertTrue(browser.text().contains("Topik permohonan disimpan."), browser.text());

        Path data = Files.createTempFile("dau-2024", ".pdf");
        Files.write(data, TestPdf.withText("Alokasi DAU 2024 per daerah"));
        browser.present(By.cssSelector("#items input[type=file]")).sendKeys(data.toAbsolutePath().toString());
        browser.clickAndWait(By.id("items:uploadSave"));
        assertTrue(browser.find(By.id("items:table")).getText().contains("Disiapkan"), browser.text());
        browser.open(requestPage());
        browser.open(requestPage()); // the confirmation shown once more after the upload is gone now
        assertEquals(List.of(), browser.accessibilityProblems(), "request page");

        browser.chooseMenu("decide:decision", "Diberikan seluruhnya"); // as a person picks it: the button learns the decision
        browser.type(By.id("decide:text"), "Data DAU 2024 per daerah terlampir.");
        // the letter goes out only after the officer says so: "Tidak" leaves everything as it was
        String status = browser.find(By.id("status")).getText();
        String mailsBefore = browser.find(By.id("mails")).getText();
        String declined = browser.clickDeclined(By.id("decide:save"));
        assertFalse(browser.text().contains("Keputusan disimpan."), "not decided without the confirmation");
        assertEquals(status, browser.find(By.id("status")).getText(), "the request's state is unchanged");
        assertEquals(mailsBefore, browser.find(By.id("mails")).getText(), "no e-mail without the confirmation");
        assertTrue(browser.find(By.id("items:table")).getText().contains("Disiapkan"), "nothing given without the confirmation");
        String asked = browser.clickConfirmed(By.id("decide:save"));
        assertEquals(declined, asked, "the same summary both times");
        // what goes to whom: the notice, its recipient, the decision chosen and the file given with it
        assertTrue(asked.contains("Pemberitahuan tertulis PPID akan dibuat") && asked.contains("<" + EMAIL + ">")
                && asked.contains("Keputusan: Diberikan seluruhnya") && asked.contains("dau-2024"), asked);
        assertTrue(browser.text().contains("Keputusan disimpan."), browser.text());
        String items = browser.find(By.id("items:table")).getText();
        assertTrue(items.contains("Pemberitahuan tertulis (PDF)") && items.contains("Diberikan"), items);
        assertFalse(items.contains("Disiapkan"), items);
        String timeline = browser.find(By.id("timeline")).getText();
        assertTrue(timeline.contains("batas waktu pemberitahuan tertulis") && timeline.contains("Diberikan seluruhnya"), timeline);
        assertNoCodes(timeline);
    }

    @Test
    @Order(3)
    void theRequesterSeesTheDecisionDownloadsAndObjects() throws Exception {
        browser.driver().manage().deleteAllCookies();
        // the requester types the number and the grouped code as printed on the receipt
        browser.open(portal.publicUrl("/ppid/status"));
        browser.type(By.id("nomor"), number);
        browser.type(By.id("kode"), code);
        browser.clickAndWait(By.cssSelector("form.filters button[type=submit]"));
        assertTrue(browser.find(By.id("keputusan")).getText().contains("dikabulkan seluruhnya"),
                browser.text());
        // the status page, like the receipt, says when the request came (and, after office hours, from which day it counts)
        assertTrue(browser.find(By.id("waktu-diterima")).getText().matches(".*\\d{1,2} \\p{L}+ \\d{4}, \\d{2}\\.\\d{2} WIB.*"),
                browser.find(By.id("waktu-diterima")).getText());
        String given = browser.find(By.id("diberikan")).getText();
        assertTrue(given.contains("Pemberitahuan tertulis PPID") && given.contains("dau-2024"), given);
        // each file is fetched by a POST carrying number and code: no code in any address
        List<String> files = browser.all(By.cssSelector("#diberikan form.download-form input[name=berkas]")).stream()
                .map(i -> i.getAttribute("value")).toList();
        assertEquals(2, files.size(), given);
        for (String file : files) {
            HttpResponse<byte[]> download = download(number, code, file);
            assertEquals(200, download.statusCode(), file);
            assertTrue(download.body().length > 500, file);
        }
        assertEquals(404, download(number, "X" + code, files.get(0)).statusCode(), "a wrong code downloads nothing");
        assertTrue(browser.all(By.cssSelector("#diberikan a[href*='kode']")).isEmpty(), "no link carries the code");
        assertEquals(List.of(), browser.accessibilityProblems(), "status page with files");

        HttpResponse<String> api = HTTP.send(HttpRequest.newBuilder(URI.create(portal.publicUrl("/api/ppid/requests/" + number)))
                .header("X-Access-Code", code).header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, api.statusCode());
        JsonArray released = Json.createReader(new StringReader(api.body())).readObject().getJsonArray("released");
        assertEquals(2, released.size(), api.body());
        assertEquals("NOTICE", released.getJsonObject(0).getString("kind"));
        assertFalse(api.body().contains(code), "the API's links carry no code");
        assertEquals(200, HTTP.send(HttpRequest.newBuilder(URI.create(released.getJsonObject(1).getString("url")))
                .header("X-Access-Code", code).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode(), "the API's link downloads the file with the code's header");
        assertEquals(404, HTTP.send(HttpRequest.newBuilder(URI.create(released.getJsonObject(1).getString("url"))).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode(), "and nothing without it");
        // the status page by the e-mail's link: the fragment is posted by the page's script
        browser.open(statusPage());
        browser.await(d -> !d.findElements(By.id("keputusan")).isEmpty());
        assertFalse(browser.driver().getCurrentUrl().contains(code), browser.driver().getCurrentUrl());

        MimeMessage decided = withSubject(mailsToRequester(3), "Keputusan");
        assertTrue(decided.getSubject().contains("Keputusan"), decided.getSubject());
        Multipart parts = (Multipart) decided.getContent();
        BodyPart notice = parts.getBodyPart(1);
        assertEquals("pemberitahuan-" + number + ".pdf", notice.getFileName());

        browser.find(By.id("ground-D_ANSWERED_OTHERWISE")).click();
        browser.type(By.id("reason"), "Saya meminta data per bulan, bukan per tahun.");
        browser.clickAndWait(By.cssSelector("form[action='/ppid/keberatan'] button[type=submit]"));
        assertTrue(browser.all(By.id("keberatan-diterima")).size() == 1, browser.text());
        assertTrue(browser.find(By.id("penjelasan-tenggat-keberatan")).getText().contains("30 hari kerja"));
        String timeline = browser.find(By.id("riwayat")).getText();
        assertTrue(timeline.contains("Permohonan dikabulkan seluruhnya") && timeline.contains("batas waktu pemberitahuan tertulis")
                && timeline.contains("d. permintaan informasi ditanggapi tidak sebagaimana yang diminta"), timeline);
        assertNoCodes(timeline);
    }

    @Test
    @Order(4)
    void theSuperiorDecidesAndTheRequesterIsToldTheNextStep() throws Exception {
        PpidDeskIT.login("ppid-superior");
        browser.open(requestPage());
        browser.chooseMenu("objection:outcome", "Keberatan diterima");
        browser.type(By.id("objection:text"), "PPID menyampaikan data per bulan dalam 5 hari kerja.");
        String asked = browser.clickConfirmed(By.id("objection:save"));
        assertTrue(asked.contains("<" + EMAIL + ">") && asked.contains("Permohonan: " + number)
                && asked.contains("Tanggapan: Keberatan diterima"), asked);
        assertTrue(browser.text().contains("Tanggapan atas keberatan disimpan."), browser.text());

        browser.driver().manage().deleteAllCookies();
        browser.open(statusPage());
        assertTrue(browser.find(By.id("tanggapan-keberatan")).getText().contains("Keberatan diterima"), browser.text());
        assertTrue(browser.find(By.id("langkah-berikutnya")).getText().contains("Komisi Informasi"));
        MimeMessage last = withSubject(mailsToRequester(5), "Tanggapan Atasan PPID");
        assertTrue(((String) last.getContent()).contains("14 (empat belas) hari kerja"), (String) last.getContent());

        PpidDeskIT.login("editor");
        browser.open(portal.staffUrl("/ppid/angka.xhtml"));
        assertTrue(browser.find(By.id("figuresForm:topics")).getText().contains("Dana Alokasi Umum"), browser.text());
        assertEquals(List.of(), browser.accessibilityProblems(), "figures page");
        browser.open(portal.staffUrl("/api/ppid/figures"));
        assertTrue(browser.text().contains("\"DAU\""), browser.text());
    }

    @Test
    @Order(5)
    void theOfficerKeepsTheDipAndThePublicReadsIt() {
        PpidDeskIT.login("ppid");
        browser.open(portal.staffUrl("/ppid/dip.xhtml"));
        assertTrue(browser.find(By.id("list:table")).getText().contains("Laporan tahunan layanan informasi"), "demo lines");
        browser.clickAjax(By.id("list:add"));
        browser.clickAjax(By.id("edit:save"));
        assertTrue(browser.text().contains("Wajib diisi."), "title and responsible unit are required");
        browser.selectMenu("edit:category", "Informasi tersedia setiap saat");
        browser.type(By.id("edit:title"), "Daftar alokasi Dana Desa per desa 2025");
        browser.type(By.id("edit:responsible"), "Direktorat Dana Transfer Khusus");
        browser.type(By.id("edit:publication"), "Laporan Tahunan PPID");
        browser.clickAjax(By.id("edit:search"));
        browser.find(By.cssSelector("#edit\\:hits button")).click();
        browser.awaitAjax();
        browser.clickAjax(By.id("edit:save"));
        assertTrue(browser.text().contains("Informasi disimpan."), browser.text());
        assertTrue(browser.find(By.id("list:table")).getText().contains("Daftar alokasi Dana Desa per desa 2025"));
        browser.open(portal.staffUrl("/ppid/dip.xhtml"));
        assertEquals(List.of(), browser.accessibilityProblems(), "staff DIP page");

        browser.driver().manage().deleteAllCookies();
        browser.open(portal.publicUrl("/ppid/dip"));
        String everyday = browser.find(By.id("setiap-saat")).getText();
        assertTrue(everyday.contains("Daftar alokasi Dana Desa per desa 2025") && everyday.contains("Direktorat Dana Transfer Khusus"),
                everyday);
        assertFalse(browser.all(By.cssSelector("#setiap-saat a[href*='/publikasi/']")).isEmpty(), "linked to the publication");
        assertTrue(browser.find(By.id("dikecualikan")).getText().contains("Pasal 17"));
        assertEquals(List.of(), browser.accessibilityProblems(), "/ppid/dip");
    }

    @Test
    @Order(6)
    void theAdministratorReadsEveryMessageInTheOutbox() {
        PpidDeskIT.login("admin");
        browser.open(portal.staffUrl("/admin/kotak-keluar.xhtml"));
        String table = browser.find(By.id("outbox:table")).getText();
        assertTrue(table.contains(EMAIL) && table.contains(number), table);
        assertTrue(table.contains("Terkirim"), "GreenMail accepted them");
        assertEquals(List.of(), browser.accessibilityProblems(), "outbox");
        // this request's acknowledgement (other classes' mails may stand above it)
        browser.find(By.xpath("//*[@id='outbox:table']//tr[contains(., '" + number + "')]//a[contains(@id, 'open')]")).click();
        browser.awaitAjax();
        assertTrue(browser.find(By.id("body")).getText().contains("PPID Direktorat Jenderal Perimbangan Keuangan"));

        // the acknowledgement was sent: the copy kept in the outbox shows the access code masked
        browser.open(portal.staffUrl("/admin/kotak-keluar.xhtml"));
        browser.find(By.xpath("//table//a[contains(., 'Permohonan informasi " + number + " telah diterima')]")).click();
        browser.awaitAjax();
        String kept = browser.find(By.id("body")).getText();
        assertTrue(kept.contains("Kode akses: " + code.substring(0, 4) + "-…-" + code.substring(15)), kept);
        assertFalse(kept.contains(code), kept);
        assertFalse(kept.contains(code.substring(5, 14)), kept);
    }

    /** A timeline shows words and dates as people write them: no GRANTED, no D_ANSWERED_OTHERWISE, no 2026-12-18. */
    static void assertNoCodes(String timeline) {
        assertFalse(timeline.matches("(?s).*(\\b[A-Z]{2,}_[A-Z_]+\\b|\\bGRANTED\\b|\\bdue \\d|\\d{4}-\\d{2}-\\d{2}).*"), timeline);
    }

    /** What the status page's download form posts. */
    static HttpResponse<byte[]> download(String number, String code, String file) throws Exception {
        String form = "nomor=" + URLEncoder.encode(number, StandardCharsets.UTF_8) + "&kode=" + URLEncoder.encode(code, StandardCharsets.UTF_8)
                + "&berkas=" + file;
        return HTTP.send(HttpRequest.newBuilder(URI.create(portal.publicUrl("/ppid/berkas")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
