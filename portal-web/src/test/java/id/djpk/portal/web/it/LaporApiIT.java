package id.djpk.portal.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import id.djpk.portal.testing.TestFiles;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Email Lapor over HTTP as a region's system and the owning unit's scripts use it (issue #15's contract): the types,
 * a submission with its receipt, the same file again, the status with the access code, the unit's return, the
 * correction on the same receipt, acceptance, the month's figures and the administrators' types.
 */
class LaporApiIT extends BrowserTest {

    static final String DTK_USER = "l2-dtk-lapor";

    record Part(String name, String fileName, byte[] content) {
    }

    static Part file(String fileName, byte[] content) {
        return new Part("file", fileName, content);
    }

    static HttpResponse<String> post(String path, Map<String, String> fields, List<Part> files, Map<String, String> headers)
            throws Exception {
        String boundary = "----lapor" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> e : fields.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + e.getKey() + "\"\r\n"
                    + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + e.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        for (Part p : files) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + p.name() + "\"; filename=\""
                    + p.fileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(p.content());
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(portal.publicUrl(path)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        headers.forEach(r::header);
        return HelpdeskApiIT.send(r);
    }

    static HttpResponse<String> status(String receipt, String code) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(portal.publicUrl("/api/lapor/" + receipt)));
        if (code != null) {
            r.header("X-Access-Code", code);
        }
        return HelpdeskApiIT.send(r);
    }

    static HttpResponse<String> staff(String method, String path, String json, String user) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(portal.staffUrl("/api" + path)))
                .header("Authorization", user.equals(DTK_USER) ? dtk() : HelpdeskApiIT.basic(user))
                .header("Content-Type", "application/json");
        r.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return HelpdeskApiIT.send(r);
    }

    static String dtk() {
        String password = HelpdeskAccounts.password(browser, portal, DTK_USER, "Tim Layer 2 DTK (uji Email Lapor)",
                "Unit Teknis Layer 2", "DTK");
        return "Basic " + java.util.Base64.getEncoder().encodeToString((DTK_USER + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static JsonObject json(HttpResponse<String> r) {
        return Json.createReader(new StringReader(r.body())).readObject();
    }

    static Map<String, String> fields(String region, String type, String period, String email) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("region_code", region);
        f.put("institution", "BPKAD");
        f.put("name", "Dewi Lestari");
        f.put("email", email);
        f.put("phone", "+62 251 832 1075");
        f.put("report_type", type);
        f.put("period", period);
        f.put("note", "Laporan syarat salur");
        return f;
    }

    static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    @Test
    void typesAreListedAsTheContractSays() throws Exception {
        HttpResponse<String> r = HelpdeskApiIT.send(HttpRequest.newBuilder(URI.create(portal.publicUrl("/api/lapor/types"))));
        assertEquals(200, r.statusCode(), r.body());
        JsonArray types = Json.createReader(new StringReader(r.body())).readArray();
        JsonObject dau = types.stream().map(JsonValue::asJsonObject).filter(t -> t.getString("code").equals("DAU")).findFirst().orElseThrow();
        // the contract's keys, and the files the type takes (added after the contract)
        assertEquals(Set.of("code", "name", "unit", "period", "deadline", "accepts", "maxMb"), dau.keySet());
        assertEquals(List.of("PDF", "XLSX", "XLS", "DOCX", "ZIP"), strings(dau, "accepts"));
        assertEquals(50, dau.getInt("maxMb"));
        assertEquals(List.of("PDF", "DOCX", "ZIP"), strings(type(r, "PERDA"), "accepts"), "the shipped defaults as they were");
        assertEquals("DTU", dau.getString("unit"));
        assertEquals("MONTHLY", dau.getString("period"));
        assertEquals(Json.createObjectBuilder().add("monthsAfter", 1).add("day", 10).build(), dau.getJsonObject("deadline"));
        JsonObject insentif = types.stream().map(JsonValue::asJsonObject).filter(t -> t.getString("code").equals("INSENTIF")).findFirst().orElseThrow();
        assertTrue(insentif.isNull("deadline"));
    }

    @Test
    void aRegionSubmitsTheUnitReturnsTheRegionCorrectsAndTheUnitAccepts() throws Exception {
        String email = "bpkad-" + System.nanoTime() + "@bogorkab.go.id";
        int before = json(staff("GET", "/stats/lapor", null, "editor")).getInt("total");

        // every mistake at once, in Indonesian or English; nothing counted
        HttpResponse<String> empty = post("/api/lapor", Map.of(), List.of(), Map.of());
        assertEquals(400, empty.statusCode(), empty.body());
        assertEquals(Set.of("region_code", "name", "email", "report_type", "period", "file"), json(empty).getJsonObject("errors").keySet());
        assertEquals("Pilih pemerintah daerah.", json(empty).getJsonObject("errors").getString("region_code"));
        HttpResponse<String> wrongPeriod = post("/api/lapor", fields("32.01", "DAU", "2024-Q1", email),
                List.of(file("dau.pdf", TestPdf.withText("DAU"))), Map.of("Accept-Language", "en"));
        assertEquals(400, wrongPeriod.statusCode());
        assertEquals("This report is due per period like 2024-05, not \"2024-Q1\".", json(wrongPeriod).getJsonObject("errors").getString("period"));
        HttpResponse<String> fake = post("/api/lapor", fields("32.01", "DAU", "2024-01", email),
                List.of(file("dau.pdf", "not a pdf at all".getBytes(StandardCharsets.UTF_8))), Map.of());
        assertEquals(400, fake.statusCode());
        assertEquals(Set.of("file"), json(fake).getJsonObject("errors").keySet());

        // the report: January 2024's DAU, whose deadline (10 February, a Saturday) moved to Monday 12 February
        byte[] report = TestPdf.withText("Laporan Syarat Salur DAU Januari 2024 Kab. Bogor " + email);
        byte[] sheet = TestPdf.withText("Rekap realisasi " + email);
        HttpResponse<String> created = post("/api/lapor", fields("32.01", "DAU", "2024-01", email),
                List.of(file("laporan-dau.pdf", report), file("rekap.pdf", sheet)), Map.of());
        assertEquals(201, created.statusCode(), created.body());
        JsonObject receipt = json(created);
        assertEquals(Set.of("receipt", "accessCode", "receivedAt", "deadline", "onTime"), receipt.keySet());
        String number = receipt.getString("receipt");
        String code = receipt.getString("accessCode");
        assertTrue(number.matches("LPR-\\d{4}-\\d{6}"), number);
        assertEquals("2024-02-12", receipt.getString("deadline"));
        assertFalse(receipt.getBoolean("onTime"));

        MimeMessage mail = mailsTo(email, 1).get(0);
        assertTrue(mail.getSubject().contains(number), mail.getSubject());
        jakarta.mail.Multipart parts = (jakarta.mail.Multipart) mail.getContent();
        String text = parts.getBodyPart(0).getContent().toString();
        assertEquals("tanda-terima-" + number + ".pdf", parts.getBodyPart(1).getFileName(), "the Tanda Terima goes with it");
        assertTrue(text.contains(sha256(report)) && text.contains("terlambat") && text.contains(code), text);

        HttpResponse<byte[]> pdf = HTTP.send(HttpRequest.newBuilder(URI.create(portal.publicUrl("/api/lapor/" + number + "/pdf")))
                .header("X-Access-Code", code).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        assertTrue(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF"));
        assertEquals(404, HTTP.send(HttpRequest.newBuilder(URI.create(portal.publicUrl("/api/lapor/" + number + "/pdf")))
                .header("X-Access-Code", "AAAA-BBBB-CCCC-DDDD").build(), HttpResponse.BodyHandlers.ofString()).statusCode());

        // the same file again: already received, with the earlier receipt
        HttpResponse<String> again = post("/api/lapor", fields("32.01", "DAU", "2024-01", email),
                List.of(file("lagi.pdf", report)), Map.of());
        assertEquals(409, again.statusCode(), again.body());
        assertEquals(number, json(again).getString("receipt"));

        // the status only with the code; a wrong code answers as an unknown receipt
        assertEquals(404, status(number, null).statusCode());
        assertEquals(404, status(number, "AAAA-BBBB-CCCC-DDDD").statusCode());
        assertEquals(404, status("LPR-2001-000001", code).statusCode());
        HttpResponse<String> st = status(number, code.toLowerCase().replace("-", " "));
        assertEquals(200, st.statusCode(), st.body());
        JsonObject s = json(st);
        assertEquals(Set.of("receipt", "status", "reportType", "period", "regionCode", "files", "history"), s.keySet());
        assertEquals("RECEIVED", s.getString("status"));
        assertEquals("2024-01", s.getString("period"));
        assertEquals(Set.of("name", "size", "sha256"), s.getJsonArray("files").getJsonObject(0).keySet());
        assertEquals(sha256(report), s.getJsonArray("files").getJsonObject(0).getString("sha256"));
        assertEquals(report.length, s.getJsonArray("files").getJsonObject(0).getInt("size"));
        assertEquals(Set.of("at", "status", "note"), s.getJsonArray("history").getJsonObject(0).keySet());

        // the unit: another unit may not decide; a return needs its reason
        HttpResponse<String> queue = staff("GET", "/lapor?region=32.01&type=DAU&period=2024-01", null, "agent");
        assertEquals(200, queue.statusCode(), queue.body());
        assertEquals(number, json(queue).getJsonArray("items").getJsonObject(0).getString("receipt"));
        assertEquals(0, json(staff("GET", "/lapor?region=32.01", null, DTK_USER)).getInt("total"), "DTK's queue has no DAU");
        assertEquals(403, staff("POST", "/lapor/" + number + "/decision", "{\"decision\": \"ACCEPTED\"}", DTK_USER).statusCode());
        assertEquals(403, staff("POST", "/lapor/" + number + "/decision", "{\"decision\": \"ACCEPTED\"}", "agent").statusCode(),
                "an agent sees every unit's reports but decides none: the owning unit and administrators do");
        HttpResponse<String> noReason = staff("POST", "/lapor/" + number + "/decision", "{\"decision\": \"RETURNED\"}", HelpdeskAccounts.L2_USER);
        assertEquals(400, noReason.statusCode(), noReason.body());
        assertTrue(json(noReason).getJsonObject("errors").containsKey("reason"));
        HttpResponse<String> returned = staff("POST", "/lapor/" + number + "/decision",
                "{\"decision\": \"RETURNED\", \"reason\": \"Lampiran realisasi belum ditandatangani kepala BPKAD.\"}", HelpdeskAccounts.L2_USER);
        assertEquals(200, returned.statusCode(), returned.body());
        assertEquals("RETURNED", json(returned).getString("status"));
        assertTrue(mailsTo(email, 2).get(1).getContent().toString().contains("belum ditandatangani"), "the reason reaches the region");

        // the correction, on the same receipt
        byte[] corrected = TestPdf.withText("Laporan DAU Januari 2024 ditandatangani " + email);
        assertEquals(404, post("/api/lapor/" + number + "/corrections", Map.of("note", "x"), List.of(file("v2.pdf", corrected)),
                Map.of("X-Access-Code", "AAAA-BBBB-CCCC-DDDD")).statusCode());
        HttpResponse<String> fixed = post("/api/lapor/" + number + "/corrections", Map.of("note", "Sudah ditandatangani"),
                List.of(file("laporan-dau-v2.pdf", corrected)), Map.of("X-Access-Code", code));
        assertEquals(200, fixed.statusCode(), fixed.body());
        assertEquals("RECEIVED", json(fixed).getString("status"));
        assertEquals(sha256(corrected), json(fixed).getJsonArray("files").getJsonObject(0).getString("sha256"));
        assertEquals(List.of("RECEIVED", "RETURNED", "CORRECTED"), json(fixed).getJsonArray("history").stream()
                .map(h -> h.asJsonObject().getString("status")).toList());
        assertEquals(409, post("/api/lapor/" + number + "/corrections", Map.of(), List.of(file("v3.pdf", TestPdf.withText("v3"))),
                Map.of("X-Access-Code", code)).statusCode(), "no second correction before another return");

        HttpResponse<String> accepted = staff("POST", "/lapor/" + number + "/decision", "{\"decision\": \"ACCEPTED\"}", "admin");
        assertEquals(200, accepted.statusCode(), accepted.body());
        assertEquals("ACCEPTED", json(status(number, code)).getString("status"));
        assertEquals(409, staff("POST", "/lapor/" + number + "/decision", "{\"decision\": \"ACCEPTED\"}", "admin").statusCode());

        // the month's figures: counted once, by receipt time, the correction not again
        String month = YearMonth.now(ZoneId.of("Asia/Jakarta")).toString();
        HttpResponse<String> figures = staff("GET", "/stats/lapor?month=" + month, null, "editor");
        assertEquals(200, figures.statusCode(), figures.body());
        JsonObject f = json(figures);
        assertEquals(Set.of("month", "total", "byType", "onTime", "late", "ytd"), f.keySet());
        assertEquals(before + 1, f.getInt("total"));
        assertTrue(f.getJsonObject("byType").getInt("DAU") >= 1);
        assertTrue(f.getInt("late") >= 1);
        assertEquals(403, staff("GET", "/stats/lapor?month=" + month, null, "publisher").statusCode());
        assertEquals(400, staff("GET", "/stats/lapor?month=2024-13", null, "editor").statusCode());
    }

    @Test
    void aFileJustOverFiftyMegabytesIsRefusedBesideItsField() throws Exception {
        String email = "bpkad-besar-" + System.nanoTime() + "@bogorkab.go.id";
        String queue = "/lapor?region=32.01&type=DAU&period=2024-03";
        int queued = json(staff("GET", queue, null, "agent")).getInt("total");
        long stored = InputLimitsIT.storedFiles();
        byte[] scan = java.util.Arrays.copyOf(TestPdf.withText("Laporan DAU Maret 2024 " + email), 51 * 1024 * 1024);

        HttpResponse<String> refused = post("/api/lapor", fields("32.01", "DAU", "2024-03", email),
                List.of(file("laporan-dau-maret.pdf", scan)), Map.of());
        assertEquals(400, refused.statusCode(), refused.body());
        JsonObject errors = json(refused).getJsonObject("errors");
        assertEquals(Set.of("file"), errors.keySet(), refused.body());
        assertEquals("Berkas \"laporan-dau-maret.pdf\" melebihi batas 50 MB untuk laporan ini.", errors.getString("file"));
        HttpResponse<String> english = post("/api/lapor", fields("32.01", "DAU", "2024-03", email),
                List.of(file("laporan-dau-maret.pdf", scan)), Map.of("Accept-Language", "en"));
        assertEquals(400, english.statusCode(), english.body());
        assertEquals("The file \"laporan-dau-maret.pdf\" exceeds the 50 MB limit of this report.", json(english).getJsonObject("errors").getString("file"));

        assertEquals(queued, json(staff("GET", queue, null, "agent")).getInt("total"), "no submission");
        assertEquals(stored, InputLimitsIT.storedFiles(), "no file stored");
        assertEquals(0, InputLimitsIT.spooledFiles(), "no spooled upload left behind");
    }

    @Test
    void severalFilesOfUpToFiftyMegabytesEachMakeOneSubmission() throws Exception {
        // "one or more files, 50 MB each": two 30 MB files are 60 MB together, more than any other body may send
        String email = "bpkad-dua-berkas-" + System.nanoTime() + "@bogorkab.go.id";
        byte[] first = java.util.Arrays.copyOf(TestPdf.withText("Laporan DAU April 2024 bagian 1 " + email), 30 * 1024 * 1024);
        byte[] second = java.util.Arrays.copyOf(TestPdf.withText("Laporan DAU April 2024 bagian 2 " + email), 30 * 1024 * 1024);
        HttpResponse<String> taken = post("/api/lapor", fields("32.01", "DAU", "2024-04", email),
                List.of(file("laporan-dau-april-1.pdf", first), file("laporan-dau-april-2.pdf", second)), Map.of());
        assertEquals(201, taken.statusCode(), taken.body());
        JsonObject receipt = json(taken);
        HttpResponse<String> status = HelpdeskApiIT.send(HttpRequest.newBuilder(
                URI.create(portal.publicUrl("/api/lapor/" + receipt.getString("receipt"))))
                .header("X-Access-Code", receipt.getString("accessCode")));
        assertEquals(200, status.statusCode(), status.body());
        JsonArray files = json(status).getJsonArray("files");
        assertEquals(2, files.size(), status.body());
        assertEquals(30 * 1024 * 1024, files.getJsonObject(0).getJsonNumber("size").longValue());
        assertEquals(30 * 1024 * 1024, files.getJsonObject(1).getJsonNumber("size").longValue());
        assertEquals(0, InputLimitsIT.spooledFiles(), "no spooled upload left behind");
    }

    @Test
    void administratorsSetReportTypes() throws Exception {
        String body = "{\"name\": \"Laporan Uji Semesteran\", \"unit\": \"P2D\", \"period\": \"SEMESTER\", "
                + "\"deadline\": {\"monthsAfter\": 2, \"day\": 31}}";
        assertEquals(403, staff("PUT", "/lapor/types/UJI_API", body, "agent").statusCode());
        HttpResponse<String> set = staff("PUT", "/lapor/types/UJI_API", body, "admin");
        assertEquals(200, set.statusCode(), set.body());
        assertEquals(2, json(set).getJsonObject("deadline").getInt("monthsAfter"));
        HttpResponse<String> none = staff("PUT", "/lapor/types/UJI_API",
                "{\"name\": \"Laporan Uji\", \"unit\": \"P2D\", \"period\": \"ONCE\", \"deadline\": null}", "admin");
        assertEquals(200, none.statusCode(), none.body());
        assertTrue(json(none).isNull("deadline"));
        HttpResponse<String> bad = staff("PUT", "/lapor/types/UJI_API",
                "{\"name\": \"\", \"unit\": \"NOPE\", \"period\": \"WEEKLY\", \"deadline\": {\"monthsAfter\": 1, \"day\": 40}}", "admin");
        assertEquals(400, bad.statusCode(), bad.body());
        assertEquals(Set.of("deadline.day"), json(bad).getJsonObject("errors").keySet(), "the deadline is read first");
        HttpResponse<String> types = HelpdeskApiIT.send(HttpRequest.newBuilder(URI.create(portal.publicUrl("/api/lapor/types"))));
        assertTrue(types.body().contains("\"UJI_API\""), types.body());
        JsonObject created = type(types, "UJI_API");
        assertEquals(Set.of("code", "name", "unit", "period", "deadline", "accepts", "maxMb"), created.keySet());
        assertEquals(List.of("PDF", "XLSX", "XLS", "DOCX", "ZIP"), strings(created, "accepts"), "a new type takes all five kinds");
        assertEquals(50, created.getInt("maxMb"));
    }

    @Test
    void aReportTypeKeepsItsFileKindsAndSizeAndTheIntakeHoldsToThem() throws Exception {
        String body = "{\"name\": \"Laporan Uji Berkas\", \"unit\": \"P2D\", \"period\": \"YEARLY\", \"deadline\": null, "
                + "\"accepts\": [\"pdf\", \"ZIP\"], \"maxMb\": 1}";
        HttpResponse<String> set = staff("PUT", "/lapor/types/UJI_BERKAS", body, "admin");
        assertEquals(200, set.statusCode(), set.body());
        assertEquals(List.of("PDF", "ZIP"), strings(json(set), "accepts"));
        assertEquals(1, json(set).getInt("maxMb"));
        HttpResponse<String> kept = staff("PUT", "/lapor/types/UJI_BERKAS",
                "{\"name\": \"Laporan Uji Berkas\", \"unit\": \"P2D\", \"period\": \"YEARLY\", \"deadline\": null}", "admin");
        assertEquals(200, kept.statusCode(), kept.body());
        assertEquals(List.of("PDF", "ZIP"), strings(json(kept), "accepts"), "left out: kept");
        assertEquals(1, json(kept).getInt("maxMb"));
        HttpResponse<String> bad = staff("PUT", "/lapor/types/UJI_BERKAS", "{\"name\": \"Laporan Uji Berkas\", \"unit\": \"P2D\", "
                + "\"period\": \"YEARLY\", \"deadline\": null, \"accepts\": [\"PDF\", \"EXE\"], \"maxMb\": 51}", "admin");
        assertEquals(400, bad.statusCode(), bad.body());
        JsonObject errors = json(bad).getJsonObject("errors");
        assertEquals(Set.of("accepts", "maxMb"), errors.keySet());
        assertEquals("Jenis berkas yang diterima: satu atau lebih dari PDF, XLSX, XLS, DOCX, ZIP.", errors.getString("accepts"));
        assertEquals("Ukuran paling besar per berkas: 1 sampai 50 MB.", errors.getString("maxMb"));
        HttpResponse<String> shape = staff("PUT", "/lapor/types/UJI_BERKAS", "{\"name\": \"Laporan Uji Berkas\", \"unit\": \"P2D\", "
                + "\"period\": \"YEARLY\", \"deadline\": null, \"accepts\": \"PDF\", \"maxMb\": \"10\"}", "admin");
        assertEquals(400, shape.statusCode(), shape.body());
        assertEquals(Set.of("accepts", "maxMb"), json(shape).getJsonObject("errors").keySet());
        JsonObject listed = type(HelpdeskApiIT.send(HttpRequest.newBuilder(URI.create(portal.publicUrl("/api/lapor/types")))), "UJI_BERKAS");
        assertEquals(List.of("PDF", "ZIP"), strings(listed, "accepts"), "a refused change changes nothing");
        assertEquals(1, listed.getInt("maxMb"));

        String email = "berkas-" + System.nanoTime() + "@bpkad.example.go.id";
        HttpResponse<String> kind = post("/api/lapor", fields("32.10", "UJI_BERKAS", "2025", email),
                List.of(file("rekap.xlsx", TestFiles.xlsx())), Map.of());
        assertEquals(400, kind.statusCode(), kind.body());
        assertEquals("Berkas \"rekap.xlsx\" tidak dapat diterima untuk laporan ini; jenis yang diterima: PDF, ZIP.",
                json(kind).getJsonObject("errors").getString("file"));
        byte[] big = java.util.Arrays.copyOf(TestPdf.withText("Laporan Uji Berkas 2025 " + email), 2 * 1024 * 1024);
        HttpResponse<String> size = post("/api/lapor", fields("32.10", "UJI_BERKAS", "2025", email),
                List.of(file("laporan-besar.pdf", big)), Map.of("Accept-Language", "en"));
        assertEquals(400, size.statusCode(), size.body());
        assertEquals("The file \"laporan-besar.pdf\" exceeds the 1 MB limit of this report.",
                json(size).getJsonObject("errors").getString("file"));
        HttpResponse<String> ok = post("/api/lapor", fields("32.10", "UJI_BERKAS", "2025", email),
                List.of(file("laporan.pdf", TestPdf.withText("Laporan Uji Berkas 2025 " + email))), Map.of());
        assertEquals(201, ok.statusCode(), ok.body());
    }

    static JsonObject type(HttpResponse<String> types, String code) {
        try (JsonReader r = Json.createReader(new StringReader(types.body()))) {
            return r.readArray().getValuesAs(JsonObject.class).stream().filter(t -> code.equals(t.getString("code")))
                    .findFirst().orElseThrow(() -> new AssertionError(code + " in " + types.body()));
        }
    }

    static List<String> strings(JsonObject o, String key) {
        return o.getJsonArray(key).getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
    }

    @Test
    void theComplianceMatrixForScriptsAndItsRefusals() throws Exception {
        HttpResponse<String> all = staff("GET", "/lapor/compliance?type=DAU&period=2023-12", null, "agent");
        assertEquals(200, all.statusCode(), all.body());
        JsonObject m = json(all);
        assertEquals("DAU", m.getString("reportType"));
        assertEquals("2023-12", m.getString("period"));
        assertEquals("2024-01-10", m.getString("deadline"));
        assertTrue(m.getBoolean("deadlinePassed"));
        assertEquals(Set.of("ON_TIME", "LATE", "RECEIVED", "RETURNED", "MISSING"), m.getJsonObject("counts").keySet());
        assertEquals(552, m.getJsonArray("regions").size());
        JsonObject first = m.getJsonArray("regions").getJsonObject(0);
        assertEquals("11", first.getString("regionCode"));
        assertTrue(first.containsKey("receipt") && first.containsKey("firstReceivedAt") && first.containsKey("remindedAt"));

        HttpResponse<String> noPeriod = staff("GET", "/lapor/compliance?type=DAU", null, "agent");
        assertEquals(200, noPeriod.statusCode(), "without a period: the latest ended one");
        HttpResponse<String> badPeriod = staff("GET", "/lapor/compliance?type=DAU&period=2024-Q1", null, "agent");
        assertEquals(400, badPeriod.statusCode());
        assertTrue(json(badPeriod).getJsonObject("errors").containsKey("period"), badPeriod.body());
        assertEquals(404, staff("GET", "/lapor/compliance?type=NOPE&period=2024", null, "agent").statusCode());
        assertEquals(400, staff("GET", "/lapor/compliance", null, "agent").statusCode(), "a type is needed");
        // DTK's Layer 2 reads DTK's types, not DTU's DAU
        assertEquals(403, staff("GET", "/lapor/compliance?type=DAU&period=2023-12", null, DTK_USER).statusCode());
        assertEquals(200, staff("GET", "/lapor/compliance?type=DAK_NF&period=2023-Q4", null, DTK_USER).statusCode());
        assertEquals(403, staff("GET", "/lapor/compliance.csv?type=DAU&period=2023-12", null, "publisher").statusCode(),
                "a publisher is no Email Lapor role");
    }
}
