package id.djpk.portal.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A member of the public asks the PPID for information, on the pages and through the API. */
class PpidPublicIT extends BrowserTest {

    @Test
    void personSubmitsRequestAndFollowsItOnTheStatusPage() throws IOException {
        browser.open(portal.publicUrl("/ppid/permohonan"));
        assertEquals(List.of(), browser.accessibilityProblems(), "/ppid/permohonan");
        fillValidForm("Siti Rahmawati");
        Path scan = Files.createTempFile("ktp", ".pdf");
        Files.write(scan, TestPdf.withText("KTP Siti Rahmawati"));
        browser.find(By.id("f-id_scan")).sendKeys(scan.toAbsolutePath().toString());
        browser.clickAndWait(By.cssSelector("form.ppid-form button[type=submit]"));

        String number = browser.find(By.id("nomor-registrasi")).getText().trim();
        String code = browser.find(By.id("kode-akses")).getText().trim();
        assertTrue(number.matches("PPID-\\d{4}-\\d{5}"), number);
        assertTrue(code.matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}"), "a code people can type: " + code);
        assertFalse(browser.driver().getCurrentUrl().contains(code), "the code is in no address: " + browser.driver().getCurrentUrl());
        assertTrue(browser.find(By.id("penjelasan-tenggat")).getText().contains("10 hari kerja"), browser.text());
        assertTrue(browser.text().contains("Simpan nomor registrasi dan kode akses"));
        assertEquals(List.of(), browser.accessibilityProblems(), "confirmation");

        assertTrue(browser.find(By.id("tautan-status")).getAttribute("href").endsWith("?nomor=" + number + "#kode=" + code));
        browser.find(By.id("tautan-status")).click();
        browser.await(d -> !d.findElements(By.id("status-permohonan")).isEmpty());
        assertFalse(browser.driver().getCurrentUrl().contains(code), "the link's fragment was posted, then dropped from the address");
        assertTrue(browser.find(By.id("penjelasan-tenggat")).getText().contains("10 hari kerja"));
        assertTrue(browser.find(By.id("riwayat")).getText().contains("Permohonan diterima"), browser.text());
        assertTrue(browser.find(By.id("riwayat")).getText().contains("WIB"));
        // nothing that identifies the person beyond the number is shown again
        assertFalse(browser.text().contains("3171011208900001"));
        assertEquals(List.of(), browser.accessibilityProblems(), "/ppid/status");

        // a person types number and code as read out on the phone: lower case, spaces instead of dashes
        browser.open(portal.publicUrl("/ppid/status"));
        browser.type(By.id("nomor"), number.toLowerCase());
        browser.type(By.id("kode"), code.toLowerCase().replace("-", " "));
        browser.clickAndWait(By.cssSelector("form.filters button[type=submit]"));
        assertTrue(browser.find(By.id("riwayat")).getText().contains("Permohonan diterima"), browser.text());
        assertFalse(browser.driver().getCurrentUrl().contains("kode"), "posted, not in the address");

        // the same friendly answer for a wrong code as for a number that does not exist
        browser.open(portal.publicUrl("/ppid/status"));
        browser.type(By.id("nomor"), number);
        browser.type(By.id("kode"), "SALA-H123-SALA-H123");
        browser.clickAndWait(By.cssSelector("form.filters button[type=submit]"));
        String wrongCode = browser.find(By.id("tidak-ditemukan")).getText();
        browser.open(portal.publicUrl("/ppid/status"));
        browser.type(By.id("nomor"), "PPID-1999-99999");
        browser.type(By.id("kode"), code);
        browser.clickAndWait(By.cssSelector("form.filters button[type=submit]"));
        assertEquals(wrongCode, browser.find(By.id("tidak-ditemukan")).getText());
        assertEquals(List.of(), browser.accessibilityProblems(), "/ppid/status not found");

        // a link written before the codes moved to the fragment still works, and leaves the code out of the address
        browser.open(portal.publicUrl("/ppid/status?nomor=" + number + "&kode=" + code));
        browser.await(d -> !d.findElements(By.id("status-permohonan")).isEmpty());
        assertFalse(browser.driver().getCurrentUrl().contains(code), browser.driver().getCurrentUrl());
    }

    @Test
    void mistakesAreShownBesideTheirFieldsAndNothingTypedIsLost() {
        browser.open(portal.publicUrl("/ppid/permohonan"));
        fillValidForm("Budi Santoso");
        browser.type(By.id("f-nik"), "12345");
        browser.find(By.id("f-consent")).click(); // the person leaves the declaration unticked
        browser.clickAndWait(By.cssSelector("form.ppid-form button[type=submit]"));

        assertEquals("Budi Santoso", browser.find(By.id("f-name")).getAttribute("value"));
        assertEquals("Data dana desa 2024", browser.find(By.id("f-information")).getAttribute("value"));
        assertTrue(browser.find(By.id("f-nik-error")).getText().contains("16 angka"));
        assertTrue(browser.find(By.id("f-consent-error")).getText().contains("menyetujui"));
        assertTrue(browser.find(By.id("f-id_scan-error")).isDisplayed());
        assertTrue(browser.find(By.id("f-obtain-SOFTCOPY")).isSelected(), "the choice made is kept");
        assertEquals(List.of(), browser.accessibilityProblems(), "form with errors");
    }

    @Test
    void apiTakesRequestsAndAnswersOnlyWithTheAccessCode() throws Exception {
        Map<String, String> fields = validFields("Andi Wijaya");
        HttpResponse<String> created = post(fields, TestPdf.withText("KTP Andi Wijaya"), null);
        assertEquals(201, created.statusCode(), created.body());
        assertEquals("no-store", created.headers().firstValue("Cache-Control").orElse(""),
                "the answer carries the access code: kept in no cache, as the visit and ticket APIs' answers");
        JsonObject body = json(created.body());
        for (String key : List.of("number", "accessCode", "receivedAt", "dueDate")) {
            assertTrue(body.containsKey(key), key + " in " + body);
        }
        assertTrue(body.getString("dueDate").matches("\\d{4}-\\d{2}-\\d{2}"));
        String number = body.getString("number");
        String code = body.getString("accessCode");

        fields.put("nik", "123");
        HttpResponse<String> bad = post(fields, TestPdf.withText("KTP"), null);
        assertEquals(400, bad.statusCode());
        assertTrue(json(bad.body()).getJsonObject("errors").getString("nik").contains("16 angka"), bad.body());
        HttpResponse<String> badEnglish = post(fields, TestPdf.withText("KTP"), "en");
        assertEquals(400, badEnglish.statusCode());
        assertTrue(json(badEnglish.body()).getJsonObject("errors").getString("nik").contains("16 digits"), badEnglish.body());

        HttpResponse<String> wrong = get("/api/ppid/requests/" + number, "SALAH123");
        HttpResponse<String> unknown = get("/api/ppid/requests/PPID-1999-99999", code);
        HttpResponse<String> missing = get("/api/ppid/requests/" + number, null);
        assertEquals(404, wrong.statusCode());
        assertEquals(404, unknown.statusCode());
        assertEquals(404, missing.statusCode());
        assertEquals(unknown.body(), wrong.body());

        HttpResponse<String> found = get("/api/ppid/requests/" + number, code);
        assertEquals(200, found.statusCode(), found.body());
        JsonObject request = json(found.body());
        assertEquals(number, request.getString("number"));
        assertEquals("RECEIVED", request.getString("status"));
        assertEquals(body.getString("dueDate"), request.getString("dueDate"));
        assertTrue(request.getString("dueExplanation").contains("10 hari kerja"));
        assertEquals("RECEIVED", request.getJsonArray("timeline").getJsonObject(0).getString("event"));
        assertFalse(found.body().contains("3171011208900001"), "no NIK in the answer");

        // an objection "not answered" before the due date is refused with the law's reason; what was written stays
        String form = "nomor=" + number + "&kode=" + code + "&ground=C_NOT_ANSWERED&reason=Belum+ada+jawaban";
        HttpResponse<String> objection = HTTP.send(HttpRequest.newBuilder(URI.create(portal.publicUrl("/ppid/keberatan")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, objection.statusCode());
        assertTrue(objection.body().contains("baru dapat diajukan setelah"), objection.body());
        assertTrue(objection.body().contains(">Belum ada jawaban</textarea>"));
        assertTrue(objection.body().contains("value=\"C_NOT_ANSWERED\" checked=\"checked\""));
        assertTrue(objection.body().contains("c. tidak ditanggapinya permintaan informasi"));

        HttpResponse<String> openApi = get("/openapi", null);
        assertTrue(openApi.body().contains("/ppid/requests"), "documented in the OpenAPI document");

        // guessing: after 10 wrong codes within the hour the number opens for no one, on the API and the page alike
        for (int i = 1; i < 10; i++) { // "SALAH123" above was the first
            assertEquals(404, get("/api/ppid/requests/" + number, "AAAA-BBBB-CCCC-DDD" + i).statusCode());
        }
        HttpResponse<String> blocked = get("/api/ppid/requests/" + number, code);
        assertEquals(429, blocked.statusCode(), blocked.body());
        assertTrue(json(blocked.body()).getString("message").contains("Coba lagi nanti"), blocked.body());
        assertTrue(Long.parseLong(blocked.headers().firstValue("Retry-After").orElseThrow()) > 0);
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(portal.publicUrl("/ppid/status")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("nomor=" + number + "&kode=" + code)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(429, page.statusCode());
        assertTrue(page.body().contains("Coba lagi nanti"), page.body());
        // a number that does not exist answers exactly alike: the limit tells nobody which numbers exist
        String unknownNumber = "PPID-1998-" + String.format("%05d", (int) (Math.random() * 99999));
        for (int i = 0; i < 10; i++) {
            assertEquals(404, get("/api/ppid/requests/" + unknownNumber, "AAAA-BBBB-CCCC-DDDD").statusCode());
        }
        HttpResponse<String> blockedUnknown = get("/api/ppid/requests/" + unknownNumber, "AAAA-BBBB-CCCC-DDDD");
        assertEquals(429, blockedUnknown.statusCode());
        assertEquals(blocked.body(), blockedUnknown.body());
    }

    @Test
    void englishReadersGetTheFormAndItsMessagesInEnglish() {
        browser.open(portal.publicUrl("/bahasa?l=en&kembali=%2Fppid%2Fpermohonan"));
        try {
            browser.await(d -> !d.findElements(By.id("f-name")).isEmpty());
            assertTrue(browser.find(By.tagName("h1")).getText().contains("Request Public Information"));
            browser.type(By.id("f-name"), "Jane Doe");
            browser.clickAndWait(By.cssSelector("form.ppid-form button[type=submit]"));
            assertEquals("Jane Doe", browser.find(By.id("f-name")).getAttribute("value"));
            assertTrue(browser.find(By.id("f-consent-error")).getText().startsWith("A request"), browser.text());
            assertEquals(List.of(), browser.accessibilityProblems(), "English form with errors");
        } finally {
            browser.open(portal.publicUrl("/bahasa?l=id&kembali=%2F"));
        }
    }

    @Test
    void pagesKeepNoSessionAndAreNeverCached() throws Exception {
        for (String path : List.of("/ppid/permohonan", "/ppid/status", "/ppid/status?nomor=PPID-1999-99999")) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(portal.publicUrl(path))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(r.statusCode() == 200 || r.statusCode() == 404, path + " " + r.statusCode());
            assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""), path);
            assertTrue(r.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.toUpperCase().startsWith("JSESSIONID")), path);
        }
        // a refused submission: rendered from the POST, still without a session or view state
        String boundary = "----ppid" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nTanpa Sesi\r\n--" + boundary + "--\r\n";
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(portal.publicUrl("/ppid/permohonan")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("value=\"Tanpa Sesi\""), "typed name given back");
        assertFalse(r.body().contains("jakarta.faces.ViewState"));
        assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(r.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.toUpperCase().startsWith("JSESSIONID")));
    }

    // ---------------------------------------------------------------- helpers

    static void fillValidForm(String name) {
        browser.type(By.id("f-name"), name);
        browser.type(By.id("f-nik"), "3171011208900001");
        browser.type(By.id("f-address"), "Jl. Merdeka No. 1, Jakarta Pusat");
        browser.type(By.id("f-occupation"), "Peneliti");
        browser.type(By.id("f-phone"), "0812 3456 7890");
        browser.type(By.id("f-email"), "pemohon@example.org");
        browser.type(By.id("f-information"), "Data dana desa 2024");
        browser.type(By.id("f-purpose"), "Penelitian");
        browser.find(By.id("f-obtain-SOFTCOPY")).click();
        browser.find(By.id("f-delivery-EMAIL")).click();
        if (!browser.find(By.id("f-consent")).isSelected()) {
            browser.find(By.id("f-consent")).click();
        }
    }

    private static Map<String, String> validFields(String name) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("name", name);
        f.put("nik", "3171011208900001");
        f.put("address", "Jl. Sudirman No. 2, Jakarta");
        f.put("occupation", "Wartawan");
        f.put("phone", "+62 21 345 6789");
        f.put("email", "andi@example.org");
        f.put("information", "Realisasi transfer ke daerah 2025");
        f.put("purpose", "Bahan liputan");
        f.put("obtain_method", "SOFTCOPY");
        f.put("delivery_method", "EMAIL");
        f.put("consent", "true");
        return f;
    }

    private static HttpResponse<String> post(Map<String, String> fields, byte[] pdf, String language) throws Exception {
        String boundary = "----ppid" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> e : fields.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + e.getKey() + "\"\r\n"
                    + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + e.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"id_scan\"; filename=\"ktp.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(pdf);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(portal.publicUrl("/api/ppid/requests")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path, String code) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(portal.publicUrl(path))).header("Accept", "application/json");
        if (code != null) {
            request.header("X-Access-Code", code);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
