package id.djpk.portal.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public site's input limits against the running portal (docs/security.md, "Input limits"): bodies and
 * fields over their limits are refused with 413 and a message in the sender's language before they are read
 * (the server answers while the client is still sending), nothing is stored, a decompression-bomb PDF is
 * refused through the public API and the server stays up, and searches of any length or syntax answer.
 */
class InputLimitsIT extends BrowserTest {

    /** Not 127.0.0.1: the per-address allowances of the other tests' submissions stay untouched. */
    private static final String CLIENT = "127.0.0.7";
    private static final long MB = 1024 * 1024;
    private static final long TWO_HUNDRED_MB = 200 * MB;
    /** HTTP/1.1 as browsers speak it here, and a client of its own: long queries do not touch the shared one. */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static int port() {
        return URI.create(portal.publicUrl("/")).getPort();
    }

    private static byte[] textPartHeader(String boundary, String field) {
        return ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static RawHttp.Answer multipart(String path, String field, long total, boolean chunked, Map<String, String> more) {
        Map<String, String> headers = new LinkedHashMap<>(more);
        headers.put("Content-Type", "multipart/form-data; boundary=limits");
        return RawHttp.post(port(), CLIENT, path, headers, textPartHeader("limits", field), total, chunked);
    }

    @Test
    void aTwoHundredMegabyteTextPartIsRefusedBeforeItIsRead() throws Exception {
        long files = storedFiles();
        int received = ppidReceived();

        // chunked, as a streaming client sends: the field's own limit ends it a few KB in
        RawHttp.Answer api = multipart("/api/ppid/requests", "name", TWO_HUNDRED_MB, true, Map.of("Accept-Language", "en"));
        assertEquals(413, api.status(), api.body());
        assertEquals("The field \"name\" is too long: at most 8 KB. Nothing was stored.", json(api.body()).getString("message"));
        assertTrue(api.bytesSent() < 32 * MB, "answered after " + api.bytesSent() + " of 200 MB");

        RawHttp.Answer page = multipart("/ppid/permohonan", "information", TWO_HUNDRED_MB, true, Map.of("Cookie", "lang=en"));
        assertEquals(413, page.status());
        assertTrue(page.body().contains("is too long: at most 64 KB. Nothing was stored."), page.body());
        assertTrue(page.bytesSent() < 32 * MB, "answered after " + page.bytesSent() + " of 200 MB");

        RawHttp.Answer visit = multipart("/kunjungan/permohonan", "institution", TWO_HUNDRED_MB, true, Map.of());
        assertEquals(413, visit.status());
        assertTrue(visit.body().contains("terlalu panjang: paling banyak 8 KB"), visit.body());

        // declared: refused on its Content-Length alone, in the language asked for
        RawHttp.Answer declared = multipart("/api/visits", "institution", 30 * MB, false, Map.of());
        assertEquals(413, declared.status());
        assertEquals("Kiriman terlalu besar: paling besar 21 MB. Tidak ada yang disimpan; silakan kirim ulang dengan "
                + "berkas yang lebih kecil.", json(declared.body()).getString("message"));
        assertTrue(declared.bytesSent() < 30 * MB);
        RawHttp.Answer letter = multipart("/cek-surat", "berkas", 30 * MB, false, Map.of());
        assertEquals(413, letter.status());
        assertTrue(letter.body().contains("Kiriman terlalu besar: paling besar 26 MB"), letter.body());
        RawHttp.Answer huge = multipart("/api/ppid/requests", "name", TWO_HUNDRED_MB, false, Map.of());
        assertEquals(413, huge.status());
        assertTrue(huge.bytesSent() < 32 * MB);
        // above the HTTP listener's own limit (502 MB: Email Lapor's ten 50 MB files) Payara answers before either
        // application
        RawHttp.Answer overListener = multipart("/api/lapor", "note", 600 * MB, false, Map.of());
        assertEquals(413, overListener.status());
        assertTrue(overListener.bytesSent() < 32 * MB, "answered after " + overListener.bytesSent());

        assertEquals(received, ppidReceived(), "no request stored");
        assertEquals(files, storedFiles(), "no file stored");
        assertEquals(0, spooledFiles(), "no spooled upload left behind");
        assertEquals(200, HTTP.send(HttpRequest.newBuilder(URI.create(portal.publicUrl("/api/status"))).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode(), "the server is up");
    }

    @Test
    void jsonBodiesAndOrdinaryFormsHaveTheirLimit() throws Exception {
        Map<String, String> json = Map.of("Content-Type", "application/json", "Accept-Language", "en");
        byte[] start = "{\"name\": \"".getBytes(StandardCharsets.UTF_8);
        RawHttp.Answer declared = RawHttp.post(port(), CLIENT, "/api/tickets", json, start, 300 * 1024, false);
        assertEquals(413, declared.status());
        assertEquals("The submission is too large: at most 256 KB. Nothing was stored; please send it again with a "
                + "smaller file.", json(declared.body()).getString("message"));
        RawHttp.Answer chunked = RawHttp.post(port(), CLIENT, "/api/tickets", json, start, TWO_HUNDRED_MB, true);
        assertEquals(413, chunked.status(), chunked.body());
        assertTrue(json(chunked.body()).getString("message").startsWith("The submission is too large"));
        assertTrue(chunked.bytesSent() < 32 * MB, "answered after " + chunked.bytesSent());
        RawHttp.Answer malformed = RawHttp.post(port(), CLIENT, "/api/tickets", json,
                "{\"name\": [1, 2".getBytes(StandardCharsets.UTF_8), 14, false);
        assertEquals(400, malformed.status());
        assertTrue(json(malformed.body()).getString("message").startsWith("The form could not be read"));

        for (String path : new String[] {"/tiket/baru", "/tiket/lihat", "/tiket/survei", "/ppid/keberatan"}) {
            RawHttp.Answer form = RawHttp.post(port(), CLIENT, path, Map.of("Content-Type",
                    "application/x-www-form-urlencoded"), "message=".getBytes(StandardCharsets.UTF_8), 5 * MB, false);
            assertEquals(413, form.status(), path);
            assertTrue(form.body().contains("Kiriman terlalu besar: paling besar 256 KB"), path + ": " + form.body());
            RawHttp.Answer unsized = RawHttp.post(port(), CLIENT, path, Map.of("Content-Type",
                    "application/x-www-form-urlencoded"), "message=".getBytes(StandardCharsets.UTF_8), 5 * MB, true);
            assertEquals(411, unsized.status(), path);
        }
    }

    @Test
    void theStaffPortalRefusesBodiesOverFiftyTwoMegabytesUnread() throws Exception {
        // the listener lets Email Lapor's 502 MB through; the staff portal holds its own 52 MB (RequestBodyLimit)
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString(("hai:" + PortalServer.DEMO_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        Map<String, String> json = Map.of("Content-Type", "application/json", "Accept-Language", "en", "Authorization", basic);
        byte[] start = "{\"externalId\": \"".getBytes(StandardCharsets.UTF_8);
        RawHttp.Answer declared = RawHttp.post(port(), CLIENT, "/portal/api/channels/hai", json, start, TWO_HUNDRED_MB, false);
        assertEquals(413, declared.status(), declared.body());
        assertEquals("The request body is too large: at most 52 MB. Nothing was stored.", json(declared.body()).getString("message"));
        assertTrue(declared.bytesSent() < 32 * MB, "answered after " + declared.bytesSent());
        RawHttp.Answer chunked = RawHttp.post(port(), CLIENT, "/portal/api/channels/hai", json, start, TWO_HUNDRED_MB, true);
        assertEquals(413, chunked.status(), chunked.body());
        assertTrue(chunked.bytesSent() < 100 * MB, "answered after " + chunked.bytesSent());

        Map<String, String> form = Map.of("Content-Type", "application/x-www-form-urlencoded");
        byte[] field = "username=".getBytes(StandardCharsets.UTF_8);
        RawHttp.Answer page = RawHttp.post(port(), CLIENT, "/portal/login.xhtml", form, field, TWO_HUNDRED_MB, false);
        assertEquals(413, page.status(), page.body());
        assertTrue(page.body().contains("Kiriman terlalu besar") && page.body().contains("paling besar 52 MB"), page.body());
        assertTrue(page.bytesSent() < 32 * MB);
        RawHttp.Answer unsized = RawHttp.post(port(), CLIENT, "/portal/login.xhtml", form, field, 5 * MB, true);
        assertEquals(411, unsized.status(), unsized.body());
        assertEquals(200, HTTP.send(HttpRequest.newBuilder(URI.create(portal.staffUrl("/login.xhtml"))).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode(), "the staff portal is up");
    }

    /** A complete PPID request as multipart/form-data with {@code file} as its ID scan named {@code fileName}. */
    static byte[] ppidRequest(String boundary, String fileName, byte[] file) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", "Andi Pratama");
        fields.put("nik", "3171011208900001");
        fields.put("address", "Jl. Sudirman No. 2, Jakarta");
        fields.put("occupation", "Wartawan");
        fields.put("phone", "+62 21 345 6789");
        fields.put("email", "andi@example.org");
        fields.put("information", "Realisasi transfer ke daerah 2025");
        fields.put("purpose", "Bahan liputan");
        fields.put("obtain_method", "SOFTCOPY");
        fields.put("delivery_method", "EMAIL");
        fields.put("consent", "true");
        for (Map.Entry<String, String> e : fields.entrySet()) {
            body.write(textPartHeader(boundary, e.getKey()));
            body.write((e.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"id_scan\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(file);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    @Test
    void aDecompressionBombIsRefusedAndTheServerStaysUp() throws Exception {
        long files = storedFiles();
        int received = ppidReceived();
        byte[] bomb = id.djpk.portal.testing.TestFiles.pdfBomb(2);
        String boundary = "bomb";
        byte[] bytes = ppidRequest(boundary, "ktp.pdf", bomb);
        RawHttp.Answer refused = RawHttp.post(port(), CLIENT, "/api/ppid/requests",
                Map.of("Content-Type", "multipart/form-data; boundary=" + boundary), bytes, bytes.length, false);
        assertEquals(400, refused.status(), refused.body());
        assertTrue(json(refused.body()).getJsonObject("errors").getString("id_scan")
                .startsWith("Berkas \"ktp.pdf\" tidak dapat diperiksa"), refused.body());
        assertEquals(received, ppidReceived(), "no request stored");
        assertEquals(files, storedFiles(), "no file stored");
        assertEquals(200, HTTP.send(HttpRequest.newBuilder(URI.create(portal.publicUrl("/api/status"))).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode(), "the server is up");
    }

    @Test
    void searchesOfAnyLengthOrSyntaxAnswer() throws Exception {
        StringBuilder words = new StringBuilder("penyaluran");
        for (int i = 0; i < 1000; i++) {
            words.append(" d").append(i);
        }
        for (String q : new String[] {words.toString(), "title:(a OR b) AND \\ \"unclosed [1 TO *] {x ~2 ^3 /re/"}) {
            String encoded = URLEncoder.encode(q, StandardCharsets.UTF_8);
            for (String path : new String[] {"/cari?q=", "/faq?q=", "/api/publications?q="}) {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(portal.publicUrl(path + encoded))).build(),
                        HttpResponse.BodyHandlers.ofString());
                // the API says so when q is longer than its documented 200 characters; the pages search the first words
                int expected = path.startsWith("/api") && q.length() > 200 ? 400 : 200;
                assertEquals(expected, r.statusCode(), path + " with " + q.length() + " characters: " + r.body());
                if (q.startsWith("penyaluran") && !path.startsWith("/api")) {
                    assertTrue(r.body().contains("Pencarian hanya memakai 32 kata pertama"), path + " tells the words were cut");
                }
            }
        }
    }

    @Test
    void searchesAndObjectionsHaveAnAllowancePerAddress() throws Exception {
        String address = "198.51.100." + (1 + (int) (System.nanoTime() % 250));
        // a minute's window of 60 searches: the first refusal comes after at least 60 answers, and at the latest
        // at the 61st of the next window should the minute turn meanwhile
        int answered = 0;
        HttpResponse<String> refused = null;
        for (int i = 0; i < 200 && refused == null; i++) {
            String path = (i % 2 == 0 ? "/cari?q=" : "/faq?q=") + "batas+" + i + "+" + address; // never cached
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(portal.publicUrl(path)))
                    .header("X-Forwarded-For", address).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 429) {
                refused = r;
            } else {
                assertEquals(200, r.statusCode(), path);
                answered++;
            }
        }
        assertTrue(refused != null && answered >= 60, answered + " searches answered");
        assertTrue(refused.body().contains("Terlalu banyak permintaan dari alamat Anda"), refused.body());
        long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElse("0"));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
        assertEquals(200, HTTP.send(HttpRequest.newBuilder(URI.create(portal.publicUrl("/cari?q=batas+lain")))
                .header("X-Forwarded-For", "203.0.113.77").build(), HttpResponse.BodyHandlers.ofString()).statusCode(),
                "another address searches on");

        // objections: 10 an hour, then 429 in English for an English reader, before the form is looked at
        answered = 0;
        refused = null;
        for (int i = 0; i < 25 && refused == null; i++) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(portal.publicUrl("/ppid/keberatan")))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("X-Forwarded-For", address)
                    .header("Cookie", "lang=en")
                    .POST(HttpRequest.BodyPublishers.ofString("nomor=PPID-2001-00001&kode=AAAA&ground=C_NOT_ANSWERED&reason=x"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 429) {
                refused = r;
            } else {
                answered++;
            }
        }
        assertTrue(refused != null && answered >= 10, answered + " objections answered");
        assertTrue(refused.body().contains("Too many requests from your address"), refused.body());
    }

    // ---------------------------------------------------------------- what is stored

    static long storedFiles() throws IOException {
        Path dir = portal.dataDir().resolve("files");
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(p -> !p.getParent().getFileName().toString().equals("tmp")).count();
        }
    }

    static long spooledFiles() throws IOException {
        Path dir = portal.dataDir().resolve("tmp");
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith("form")).count();
        }
    }

    /** Requests received this month, as the PPID's figures count them. */
    private static int ppidReceived() throws Exception {
        String month = YearMonth.now(ZoneId.of("Asia/Jakarta")).toString();
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(portal.staffUrl("/api/ppid/figures?month=" + month)))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("ppid:" + PortalServer.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return json(r.body()).getInt("received");
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
