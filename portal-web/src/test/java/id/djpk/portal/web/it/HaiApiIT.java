package id.djpk.portal.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * HAI Kemenkeu's forwarding API of issue #14, as the ministry's help desk calls it with the demo's integration
 * account {@code hai}: who may call it, a new ticket (201), the same HAI ticket again (200, the same ticket, also
 * when the repeats arrive at once), bad input field by field (400), and the agent's answer reaching the requester by
 * e-mail (GreenMail).
 */
class HaiApiIT extends BrowserTest {

    static HttpResponse<String> forward(String user, String body, String language) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(portal.staffUrl("/api/channels/hai")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (user != null) {
            r.header("Authorization", HelpdeskApiIT.basic(user));
        }
        if (language != null) {
            r.header("Accept-Language", language);
        }
        return HelpdeskApiIT.send(r);
    }

    static String haiTicket(String externalId, String email) {
        return Json.createObjectBuilder().add("externalId", externalId).add("name", "Rina Kartika").add("email", email)
                .add("phone", "+62 812 3456 7890").add("subject", "Penyaluran DAK Fisik tahap II")
                .add("message", "Kapan DAK Fisik tahap II untuk Kab. Sintang disalurkan?")
                .add("createdAt", "2026-03-02T09:15:00+07:00").build().toString();
    }

    @Test
    void integrationAccountsOnly() throws Exception {
        String body = haiTicket("HAI-AUTH-" + System.nanoTime(), "rina@example.go.id");
        HttpResponse<String> anonymous = forward(null, body, null);
        assertEquals(401, anonymous.statusCode(), anonymous.body());
        assertTrue(anonymous.body().startsWith("{\"status\":401"), anonymous.body());
        assertEquals(403, forward("agent", body, null).statusCode(), "an agent is not the help desk's bridge");
        assertEquals(403, forward("admin", body, null).statusCode(), "nor is an administrator");
        // the integration account is a system: no staff API, no staff page
        HttpResponse<String> me = HelpdeskApiIT.send(HttpRequest.newBuilder(URI.create(portal.staffUrl("/api/me")))
                .header("Authorization", HelpdeskApiIT.basic("hai")));
        assertEquals(403, me.statusCode(), me.body());
        HttpResponse<String> tickets = HelpdeskApiIT.send(HttpRequest.newBuilder(URI.create(portal.staffUrl("/api/tickets")))
                .header("Authorization", HelpdeskApiIT.basic("hai")));
        assertEquals(403, tickets.statusCode(), tickets.body());
    }

    @Test
    void aForwardedTicketOnceItsAnswerByEmail() throws Exception {
        String externalId = "HAI-2026-" + System.nanoTime();
        String email = "rina." + System.nanoTime() + "@sintangkab.go.id";
        HttpResponse<String> created = forward("hai", haiTicket(externalId, email), null);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject answer = TicketsApiIT.json(created);
        assertEquals(Set.of("ticket"), answer.keySet());
        String number = answer.getString("ticket");
        assertTrue(number.matches("TIK-2026-\\d+"), number + ": numbered in the year HAI created it");
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith("/portal/api/tickets/" + number));

        HttpResponse<String> again = forward("hai", haiTicket(externalId, email), null);
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(number, TicketsApiIT.json(again).getString("ticket"));

        JsonObject ticket = TicketsApiIT.json(TicketsApiIT.get("/" + number, "agent"));
        assertEquals("HELPDESK", ticket.getString("channel"));
        assertEquals("Penyaluran DAK Fisik tahap II", ticket.getString("subject"));
        assertEquals("2026-03-02T02:15:00Z", ticket.getString("createdAt"), "HAI's time, not the time it arrived");
        assertEquals("Rina Kartika", ticket.getJsonObject("requester").getString("name"));
        assertEquals(email, ticket.getJsonObject("requester").getString("email"));
        assertEquals(1, ticket.getJsonArray("messages").size(), "the repeat added nothing");
        assertEquals("Kapan DAK Fisik tahap II untuk Kab. Sintang disalurkan?",
                ticket.getJsonArray("messages").getJsonObject(0).getString("body"));

        HttpResponse<String> replied = TicketsApiIT.reply(number, "application/json",
                "{\"body\": \"DAK Fisik tahap II disalurkan setelah laporan realisasi tahap I diterima.\"}", "agent");
        assertEquals(201, replied.statusCode(), replied.body());
        assertEquals("QUEUED", TicketsApiIT.json(replied).getString("status"), "e-mailed: no channel of its own answers HAI");
        MimeMessage mail = browser.await(d -> {
            for (MimeMessage m : portal.smtp().getReceivedMessages()) {
                try {
                    if (m.getAllRecipients()[0].toString().equals(email)
                            && text(m).contains("DAK Fisik tahap II disalurkan setelah laporan realisasi tahap I diterima.")) {
                        return m;
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
            return null;
        });
        assertNotNull(mail);
        assertTrue(mail.getSubject().contains(number), mail.getSubject());
    }

    @Test
    void repeatsArrivingTogetherMakeOneTicket() throws Exception {
        String body = haiTicket("HAI-SAME-" + System.nanoTime(), "budi." + System.nanoTime() + "@example.go.id");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(() -> forward("hai", body, null));
            }
            List<Integer> statuses = new ArrayList<>();
            Set<String> tickets = new java.util.HashSet<>();
            for (Future<HttpResponse<String>> f : pool.invokeAll(calls)) {
                HttpResponse<String> r = f.get();
                statuses.add(r.statusCode());
                tickets.add(TicketsApiIT.json(r).getString("ticket"));
            }
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), "one opened it: " + statuses);
            assertEquals(5, statuses.stream().filter(s -> s == 200).count(), "the others found it: " + statuses);
            assertEquals(1, tickets.size(), "one ticket: " + tickets);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void badInputIsNamedFieldByField() throws Exception {
        String body = Json.createObjectBuilder().add("name", "").add("email", "bukan-alamat").add("subject", "Tanya")
                .add("message", "x".repeat(20_001)).add("createdAt", "kemarin").build().toString();
        HttpResponse<String> refused = forward("hai", body, null);
        assertEquals(400, refused.statusCode(), refused.body());
        JsonObject errors = TicketsApiIT.json(refused).getJsonObject("errors");
        assertEquals(Set.of("externalId", "name", "email", "message", "createdAt"), errors.keySet(), errors.toString());
        assertEquals("Wajib diisi.", errors.getString("externalId"));
        assertEquals("Alamat e-mail tidak valid.", errors.getString("email"));
        assertEquals("Paling banyak 20000 karakter.", errors.getString("message"));

        String noEmail = Json.createObjectBuilder().add("externalId", "HAI-X-" + System.nanoTime()).add("name", "Budi")
                .add("subject", "Tanya").add("message", "Halo").add("createdAt", "2999-01-01T00:00:00Z").build().toString();
        JsonObject english = TicketsApiIT.json(forward("hai", noEmail, "en")).getJsonObject("errors");
        assertEquals(Set.of("email", "createdAt"), english.keySet(), english.toString());
        assertEquals("The ticket's creation time cannot be in the future.", english.getString("createdAt"));

        for (String notAnObject : new String[] {"bukan json", "[]", ""}) {
            HttpResponse<String> r = forward("hai", notAnObject, null);
            assertEquals(400, r.statusCode(), notAnObject + ": " + r.body());
            assertEquals(Set.of("body"), TicketsApiIT.json(r).getJsonObject("errors").keySet());
        }
    }

    /** The text of a mail, whatever its parts. */
    static String text(Part part) throws Exception {
        Object content = part.getContent();
        if (content instanceof Multipart mp) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < mp.getCount(); i++) {
                b.append(text(mp.getBodyPart(i)));
            }
            return b.toString();
        }
        return content instanceof String s ? s : "";
    }
}
