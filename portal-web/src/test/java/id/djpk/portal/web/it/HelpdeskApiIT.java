package id.djpk.portal.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The helpdesk's JSON contracts: {@code POST /api/tickets}, {@code POST /portal/api/helpdesk/import} and its roles. */
class HelpdeskApiIT extends BrowserTest {

    /** The "Lihat tiket" form as a browser posts it. */
    static HttpResponse<String> lookUp(String number, String code) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(portal.publicUrl("/tiket/lihat")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("nomor=" + number + "&kode=" + java.net.URLEncoder.encode(code, StandardCharsets.UTF_8))));
    }

    static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static final java.util.concurrent.atomic.AtomicInteger ADDRESSES = new java.util.concurrent.atomic.AtomicInteger();

    /**
     * A new caller's address (from 198.19.0.0/16, RFC 2544, which no other test uses), sent as {@code X-Forwarded-For} through the test portal's trusted
     * proxy (127.0.0.1): the public forms take 5 tickets an hour from one address, and the suite files more than that.
     */
    static String newCaller() {
        int n = ADDRESSES.incrementAndGet();
        return "198.19." + (n / 250) + "." + (1 + n % 250);
    }

    static String basic(String user) {
        String password = user.equals(HelpdeskAccounts.L2_USER) ? HelpdeskAccounts.l2Password(browser, portal)
                : PortalServer.DEMO_PASSWORD;
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void publicTicketsApi() throws Exception {
        HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(portal.publicUrl("/api/tickets")))
                .header("Content-Type", "application/json").header("X-Forwarded-For", newCaller())
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"Made Wirawan\", \"email\": \"made@example.go.id\", "
                        + "\"subject\": \"SIKD\", \"message\": \"Lupa kata sandi SIKD.\", \"region_code\": \"51.71\", "
                        + "\"institution\": \"BPKAD Kota Denpasar\", \"phone\": \"0361-123456\"}")));
        assertEquals(201, created.statusCode(), created.body());
        assertTrue(created.body().matches("\\{\"number\":\"TIK-\\d{4}-\\d{6}\",\"accessCode\":\"[0-9A-Z]{4}(-[0-9A-Z]{4}){3}\"}"), created.body());

        String number = created.body().replaceAll(".*\"number\":\"([^\"]+)\".*", "$1");
        String code = created.body().replaceAll(".*\"accessCode\":\"([^\"]+)\".*", "$1");
        HttpResponse<String> page = lookUp(number, code.toLowerCase());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Lupa kata sandi SIKD."), "the requester reads the thread");
        assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(""), "kept by no cache");
        HttpResponse<String> wrong = lookUp(number, "SALAH");
        assertEquals(404, wrong.statusCode(), "a wrong code answers like an unknown number");
        assertEquals(wrong.body().replace(number, "X"), lookUp("TIK-1999-000001", code).body().replace("TIK-1999-000001", "X"));
        // an old link with the code in its query is sent on with the code in the fragment
        HttpResponse<String> old = send(HttpRequest.newBuilder(URI.create(portal.publicUrl("/tiket/lihat?nomor=" + number + "&kode=" + code))));
        assertEquals(303, old.statusCode());
        assertEquals("/tiket/lihat?nomor=" + number + "#kode=" + code, old.headers().firstValue("Location").orElse(""));

        // guessing: 10 wrong codes for one ticket within the hour, then "coba lagi nanti" even for the right code
        for (int i = 1; i < 10; i++) { // "SALAH" above was the first
            assertEquals(404, lookUp(number, "AAAA-BBBB-CCCC-DDD" + i).statusCode());
        }
        HttpResponse<String> blocked = lookUp(number, code);
        assertEquals(429, blocked.statusCode());
        assertTrue(blocked.body().contains("Coba lagi nanti"), blocked.body());
        assertFalse(blocked.body().contains("Lupa kata sandi SIKD."));
        assertTrue(send(HttpRequest.newBuilder(URI.create(portal.publicUrl("/openapi")))).body().contains("/tickets"),
                "documented in the OpenAPI document");

        HttpResponse<String> refused = send(HttpRequest.newBuilder(URI.create(portal.publicUrl("/api/tickets")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"Made\", \"region_code\": \"99.99\"}")));
        assertEquals(400, refused.statusCode());
        for (String field : new String[] {"\"email\"", "\"subject\"", "\"message\"", "\"region_code\""}) {
            assertTrue(refused.body().contains(field), field + " in " + refused.body());
        }
    }

    @Test
    void importApiIsAllOrNothingAndIdempotent() throws Exception {
        String id = "API-" + System.nanoTime();
        String header = "external_id,created_at,channel,requester_name,requester_email,requester_phone,category,region_code,"
                + "institution,topics,subject,agent,first_response_at,escalated_at,l2_unit,l2_answered_at,closed_at,"
                + "rating_service,rating_answer\r\n";
        String good = id + ",2023-08-01T09:15:00+07:00,WHATSAPP,Ani,,0811,PEMDA,32.73,,DAU,Penyaluran DAU,agent,,,,,,,\r\n";
        String bad = id + "-x,2023-08-01T09:15:00+07:00,FAX,Ani,,0811,PEMDA,32.73,,DAU,Penyaluran DAU,agent,,,,,,,\r\n";

        HttpResponse<String> refused = importCsv(header + good + bad, "agent");
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().startsWith("{\"imported\":0,\"unchanged\":0,\"errors\":[{\"line\":3,\"column\":\"channel\",\"reason\":"),
                refused.body());

        HttpResponse<String> first = importCsv(header + good, "agent");
        assertEquals("{\"imported\":1,\"unchanged\":0,\"errors\":[]}", first.body());
        HttpResponse<String> again = importCsv(header + good, "agent");
        assertEquals("{\"imported\":0,\"unchanged\":1,\"errors\":[]}", again.body());

        assertEquals(403, importCsv(header + good, HelpdeskAccounts.L2_USER).statusCode(), "Layer 2 does not import");
        assertEquals(403, send(HttpRequest.newBuilder(URI.create(portal.staffUrl("/api/stats/helpdesk?month=2023-08")))
                .header("Authorization", basic(HelpdeskAccounts.L2_USER))).statusCode(), "Layer 2 does not read the figures");
        HttpResponse<String> figures = send(HttpRequest.newBuilder(URI.create(portal.staffUrl("/api/stats/helpdesk?month=2023-08")))
                .header("Authorization", basic("editor")));
        assertEquals(200, figures.statusCode());
        assertTrue(figures.body().matches("(?s).*\"byChannel\":\\{[^}]*\"WHATSAPP\":[1-9].*"), figures.body());
    }

    private static HttpResponse<String> importCsv(String csv, String user) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(portal.staffUrl("/api/helpdesk/import")))
                .header("Authorization", basic(user)).header("Content-Type", "text/csv; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)));
    }
}
