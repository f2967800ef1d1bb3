package id.djpk.portal.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The bad-input catalogue (docs/security.md, "Bad-input catalogue"): hostile input of every kind the issue lists,
 * sent at the running portal as an attacker would send it, each case with the answer it must get. Every answer is
 * also checked for what must never be in it (a stack trace, an exception's name), and the cases that carry a file
 * for nothing stored. The table (case, expected, got) is printed and written to
 * {@code portal-web/target/bad-input-catalogue.md}; the test fails on the first case whose answer differs, after
 * the whole table has been written.
 */
class BadInputIT extends BrowserTest {

    private static final long MB = 1024 * 1024;
    /** HTTP/1.1 and a client of its own: a 1.000-word address must not upset the shared client's HTTP/2 connection. */
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final AtomicInteger ADDRESS = new AtomicInteger((int) (System.nanoTime() % 200));

    private record Row(String asvs, String kind, String what, String expected, String got, boolean ok) {
    }

    private final List<Row> rows = new ArrayList<>();

    @Test
    void everyHostileInputGetsItsClearRefusalAndNothingIsStored() throws Exception {
        long filesBefore = InputLimitsIT.storedFiles();

        // ------------------------------------------------------------ bodies and sizes (ASVS V12.1, V13.1)
        RawHttp.Answer huge = RawHttp.post(port(), "127.0.0.1", "/api/ppid/requests",
                Map.of("Content-Type", "multipart/form-data; boundary=x"), "--x\r\n".getBytes(StandardCharsets.UTF_8),
                200 * MB, false);
        check("V12.1.1", "size", "200 MB multipart body to POST /api/ppid/requests", 413, huge.status(), huge.body());
        RawHttp.Answer bigJson = RawHttp.post(port(), "127.0.0.1", "/api/tickets", Map.of("Content-Type", "application/json"),
                "{\"name\": \"".getBytes(StandardCharsets.UTF_8), 300 * 1024, false);
        check("V13.1.3", "size", "300 KB JSON body to POST /api/tickets", 413, bigJson.status(), bigJson.body());
        RawHttp.Answer unsized = RawHttp.post(port(), "127.0.0.1", "/tiket/baru",
                Map.of("Content-Type", "application/x-www-form-urlencoded"), "message=".getBytes(StandardCharsets.UTF_8),
                MB, true);
        check("V13.1.3", "size", "form body without Content-Length (chunked) to POST /tiket/baru", 411, unsized.status(),
                unsized.body());

        // ------------------------------------------------------------ files (ASVS V12.1, V12.2, V12.3)
        byte[] bomb = id.djpk.portal.testing.TestFiles.pdfBomb(2);
        check("V12.1.2", "file", "ID scan: PDF of 2 MB inflating to 2 GB (decompression bomb)", 400, ppid("ktp.pdf", bomb));
        check("V12.2.1", "file", "ID scan: HTML page renamed ktp.pdf", 400,
                ppid("ktp.pdf", "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8)));
        check("V12.2.1", "file", "ID scan: SVG with a script renamed ktp.png", 400, ppid("ktp.png",
                ("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>")
                        .getBytes(StandardCharsets.UTF_8)));
        check("V12.2.1", "file", "ID scan: PDF/HTML polyglot (%PDF- header, HTML with script, no PDF body)", 400,
                ppid("ktp.pdf", "%PDF-1.4\n<html><body><script>alert(1)</script></body></html>\n%%EOF"
                        .getBytes(StandardCharsets.UTF_8)));
        long filesAfterRefusals = InputLimitsIT.storedFiles();
        check("V12.1.2", "stored", "files stored by the refused uploads above", 0, (int) (filesAfterRefusals - filesBefore), "");
        HttpResponse<String> traversal = ppid("..\\..\\..\\etc/pa\u0001ss\u001b<wd>.pdf",
                id.djpk.portal.testing.TestFiles.pdf("KTP uji"));
        check("V12.3.1", "file", "ID scan named ..\\..\\..\\etc/pa^Ass^[<wd>.pdf (path traversal, control characters): "
                + "stored under its content hash, the name cut to its last part", 201, traversal);
        check("V12.3.1", "stored", "files written outside <data>/files by it", 0, filesOutsideStore(), "");

        // ------------------------------------------------------------ text shown back (ASVS V5.3)
        String xss = "<script>window.__pwned=1</script><img src=x onerror=\"window.__pwned=2\">\"'&";
        HttpResponse<String> ticket = json("/api/tickets", "{\"name\": \"Andi\", \"email\": \"andi@example.org\", "
                + "\"subject\": " + quote("Subjek " + xss) + ", \"message\": " + quote("Pesan " + xss) + "}");
        check("V5.3.3", "xss", "ticket with script and markup in subject and message: accepted as text", 201, ticket);
        String number = field(ticket.body(), "number");
        String code = field(ticket.body(), "accessCode");
        browser.open(portal.publicUrl("/tiket/lihat?nomor=" + number + "#kode=" + code));
        browser.await(d -> d.getPageSource().contains(number));
        Object pwned = ((JavascriptExecutor) browser.driver()).executeScript("return window.__pwned === undefined ? 0 : window.__pwned;");
        String shown = browser.text();
        boolean asTyped = shown.contains("Subjek " + xss) && shown.contains("Pesan " + xss);
        check("V5.3.3", "xss", "the ticket page in Chromium: no script ran, the text shows as typed", "0, as typed",
                pwned + (asTyped ? ", as typed" : ", altered"), ((Number) pwned).intValue() == 0 && asTyped, "");

        String reply = "Balasan: caf\u00e9 \u2013 \u65e5\u672c <b>tebal</b>";
        HttpResponse<String> replied = form("/tiket/lihat", "nomor=" + number + "&kode=" + enc(code) + "&message=" + enc(reply));
        check("V5.3.1", "text", "a reply with accents, CJK and markup on the ticket page: shown as typed", "200, as typed",
                replied.statusCode() + (replied.body().contains("Balasan: caf\u00e9 \u2013 \u65e5\u672c &lt;b&gt;tebal&lt;/b&gt;")
                        ? ", as typed" : ", altered"), replied.statusCode() == 200
                        && replied.body().contains("Balasan: caf\u00e9 \u2013 \u65e5\u672c &lt;b&gt;tebal&lt;/b&gt;"), "");

        // ------------------------------------------------------------ query metacharacters (ASVS V5.3.4, V5.3.5)
        HttpResponse<String> sql = form("/tiket/lihat", "nomor=" + enc("TIK-2026-000001' OR '1'='1") + "&kode=" + enc("x' --"));
        check("V5.3.4", "sql", "ticket look-up with ' OR '1'='1 and a -- comment", 404, sql);
        HttpResponse<String> jpql = send(HttpRequest.newBuilder(URI.create(portal.publicUrl("/api/ppid/requests/"
                + enc("PPID-2026-%' OR r.id > 0 OR '") ))).header("X-Access-Code", "%").header("X-Forwarded-For", address()));
        check("V5.3.4", "sql", "PPID status with JPQL wildcards and quotes in the number and a % code", 404, jpql);
        StringBuilder words = new StringBuilder("penyaluran");
        for (int i = 0; i < 1000; i++) {
            words.append(" d").append(i);
        }
        check("V5.3.5", "search", "/cari with 1.000 words", 200, get("/cari?q=" + enc(words.toString())));
        check("V5.3.5", "search", "/faq with Lucene syntax title:(a OR b) AND \\ \"unclosed [1 TO *] {x ~2 ^3 /re/", 200,
                get("/faq?q=" + enc("title:(a OR b) AND \\ \"unclosed [1 TO *] {x ~2 ^3 /re/")));

        // ------------------------------------------------------------ JSON and content types (ASVS V13.1, V13.2)
        check("V13.2.2", "json", "malformed JSON to POST /api/tickets", 400, json("/api/tickets", "{\"name\": [1, 2"));
        check("V13.2.2", "json", "JSON of the wrong shape (an array) to POST /api/tickets", 400, json("/api/tickets", "[1, 2, 3]"));
        check("V13.1.5", "type", "text/plain body to POST /api/tickets", 415, send(HttpRequest.newBuilder(
                URI.create(portal.publicUrl("/api/tickets"))).header("Content-Type", "text/plain").header("X-Forwarded-For", address())
                .POST(HttpRequest.BodyPublishers.ofString("name=Andi"))));
        check("V13.1.5", "type", "text/plain CSV to POST /portal/api/helpdesk/import (agent)", 415, send(HttpRequest.newBuilder(
                URI.create(portal.staffUrl("/api/helpdesk/import"))).header("Content-Type", "text/plain")
                .header("Authorization", HelpdeskApiIT.basic("agent")).POST(HttpRequest.BodyPublishers.ofString("a,b\n1,2"))));

        // ------------------------------------------------------------ cross-site requests (ASVS V4.2.2, V13.2.3)
        check("V4.2.2", "csrf", "POST /portal/api/reports/{m}/refresh with Origin https://evil.example (editor)", 403,
                send(HttpRequest.newBuilder(URI.create(portal.staffUrl("/api/reports/2026-01/refresh")))
                        .header("Origin", "https://evil.example").header("Authorization", HelpdeskApiIT.basic("editor"))
                        .POST(HttpRequest.BodyPublishers.noBody())));
        check("V4.2.2", "csrf", "POST /portal/api/reports/{m}/refresh with Sec-Fetch-Site: cross-site (editor)", 403,
                send(HttpRequest.newBuilder(URI.create(portal.staffUrl("/api/reports/2026-01/refresh")))
                        .header("Sec-Fetch-Site", "cross-site").header("Authorization", HelpdeskApiIT.basic("editor"))
                        .POST(HttpRequest.BodyPublishers.noBody())));

        // ------------------------------------------------------------ other people's numbers, guessing (ASVS V4.1, V11.1)
        HttpResponse<String> other = json("/api/tickets", "{\"name\": \"Budi\", \"email\": \"budi@example.org\", "
                + "\"subject\": \"Pertanyaan\", \"message\": \"Pertanyaan saya.\"}");
        String otherNumber = field(other.body(), "number");
        check("V4.1.2", "access", "another ticket's number with this ticket's code", 404, form("/tiket/lihat",
                "nomor=" + otherNumber + "&kode=" + enc(code)));
        int wrong = 1;
        HttpResponse<String> guessed = null;
        for (; wrong <= 12; wrong++) {
            guessed = form("/tiket/lihat", "nomor=" + otherNumber + "&kode=" + enc("AAAA-BBBB-CCCC-DD" + (10 + wrong)));
            if (guessed.statusCode() == 429) {
                break;
            }
        }
        check("V11.1.4", "brute force", "wrong codes for one ticket: the attempt after 10 wrong ones (made: "
                + (wrong + 1) + ")", 429, guessed);
        check("V2.2.1", "brute force", "staff sign-in: 6 wrong passwords for editor from one address, then the right one",
                429, bruteForceSignIn());

        write();
        List<Row> failed = rows.stream().filter(r -> !r.ok()).toList();
        assertEquals(List.of(), failed, "cases whose answer differs; the table: target/bad-input-catalogue.md");
    }

    // ---------------------------------------------------------------- requests

    private static int port() {
        return URI.create(portal.publicUrl("/")).getPort();
    }

    /** A fresh client address for each request that counts against a per-address allowance. */
    private static String address() {
        return "192.0.2." + (1 + ADDRESS.incrementAndGet() % 250);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(portal.publicUrl(path))).header("X-Forwarded-For", address()));
    }

    private static HttpResponse<String> json(String path, String body) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(portal.publicUrl(path))).header("Content-Type", "application/json")
                .header("X-Forwarded-For", address()).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static HttpResponse<String> form(String path, String body) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(portal.publicUrl(path)))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-Forwarded-For", "192.0.2.251")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A complete PPID request by the API with {@code file} as its ID scan. */
    private static HttpResponse<String> ppid(String fileName, byte[] file) throws Exception {
        String boundary = "catalogue";
        return send(HttpRequest.newBuilder(URI.create(portal.publicUrl("/api/ppid/requests")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("X-Forwarded-For", address())
                .POST(HttpRequest.BodyPublishers.ofByteArray(InputLimitsIT.ppidRequest(boundary, fileName, file))));
    }

    /** Six wrong passwords for one account from one address, then the right one: the address waits (429). */
    private static HttpResponse<String> bruteForceSignIn() throws Exception {
        String from = "198.18.0." + (1 + ADDRESS.incrementAndGet() % 250);
        HttpResponse<String> last = null;
        for (int i = 0; i < 7; i++) {
            String password = i < 6 ? "salah-" + i : PortalServer.DEMO_PASSWORD;
            String basic = "Basic " + java.util.Base64.getEncoder().encodeToString(("editor:" + password).getBytes(StandardCharsets.UTF_8));
            last = send(HttpRequest.newBuilder(URI.create(portal.staffUrl("/api/me"))).header("Authorization", basic)
                    .header("X-Forwarded-For", from));
        }
        return last;
    }

    // ---------------------------------------------------------------- checks and the table

    private void check(String asvs, String kind, String what, int expected, HttpResponse<String> got) {
        check(asvs, kind, what, expected, got.statusCode(), got.body());
    }

    private void check(String asvs, String kind, String what, int expected, int got, String body) {
        boolean clean = body == null || !(body.contains("Exception") || body.contains("\tat ") || body.contains("at java.")
                || body.contains("at id.djpk."));
        check(asvs, kind, what, String.valueOf(expected), got + (clean ? "" : " with a stack trace"), got == expected && clean, body);
    }

    private void check(String asvs, String kind, String what, String expected, String got, boolean ok, String body) {
        rows.add(new Row(asvs, kind, what, expected, got, ok));
    }

    private void write() throws IOException {
        StringBuilder table = new StringBuilder("| # | ASVS | kind | case | expected | got |\n| --- | --- | --- | --- | --- | --- |\n");
        int n = 0;
        for (Row r : rows) {
            table.append("| ").append(++n).append(" | ").append(r.asvs()).append(" | ").append(r.kind()).append(" | ")
                    .append(r.what().replace("|", "\\|")).append(" | ").append(r.expected()).append(" | ")
                    .append(r.got()).append(r.ok() ? "" : " **differs**").append(" |\n");
        }
        long refused = rows.stream().filter(r -> r.expected().matches("4\\d\\d")).count();
        table.append("\n").append(rows.size()).append(" cases, ").append(refused).append(" refused as expected, ")
                .append(rows.stream().filter(r -> !r.ok()).count()).append(" differing.\n");
        System.out.println(table);
        Path out = Path.of("target", "bad-input-catalogue.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table.toString());
    }

    // ---------------------------------------------------------------- helpers

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String quote(String s) {
        return Json.createValue(s).toString();
    }

    private static String field(String json, String name) {
        return Json.createReader(new StringReader(json)).readObject().getString(name);
    }

    /** Files anywhere under the data directory (or beside it) named after the traversal's name: the store names none. */
    private static int filesOutsideStore() throws IOException {
        try (Stream<Path> files = Files.walk(portal.dataDir().getParent())) {
            return (int) files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(n -> n.contains("wd>") || n.contains("wd_.pdf") || n.equals("passwd.pdf")).count();
        }
    }
}
