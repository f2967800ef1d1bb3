package id.djpk.portal.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The staff ticket API of issue #12, as a script uses it with HTTP Basic: the list with its filters, paging and
 * search, one ticket with its conversation, an answer through the ticket's channel, and who may call it.
 */
class TicketsApiIT extends BrowserTest {

    static HttpResponse<String> get(String pathAndQuery, String user) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(portal.staffUrl("/api/tickets" + pathAndQuery)));
        if (user != null) {
            r.header("Authorization", HelpdeskApiIT.basic(user));
        }
        return HelpdeskApiIT.send(r);
    }

    static HttpResponse<String> reply(String number, String contentType, String body, String user) throws Exception {
        return HelpdeskApiIT.send(HttpRequest.newBuilder(URI.create(portal.staffUrl("/api/tickets/" + number + "/replies")))
                .header("Authorization", HelpdeskApiIT.basic(user)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    /** A question through the public API, as a citizen files it. */
    static String fileTicket(String name, String email, String subject, String message) throws Exception {
        HttpResponse<String> created = HelpdeskApiIT.send(HttpRequest.newBuilder(URI.create(portal.publicUrl("/api/tickets")))
                .header("Content-Type", "application/json").header("X-Forwarded-For", HelpdeskApiIT.newCaller())
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("name", name).add("email", email)
                        .add("subject", subject).add("message", message).build().toString())));
        assertEquals(201, created.statusCode(), created.body());
        return json(created).getString("number");
    }

    static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void listFiltersPagesAndSearchesTheThread() throws Exception {
        String word = "apbdes" + System.nanoTime();
        String older = fileTicket("Wayan Sudana", "wayan-" + word + "@example.go.id", "Dana Desa", "Sisa " + word + " tahun lalu?");
        String newer = fileTicket("Ketut Ayu", "ketut@example.go.id", "SIKD", "Login SIKD gagal sejak " + word + ".");

        HttpResponse<String> found = get("?q=" + q(word.toUpperCase()), "agent");
        assertEquals(200, found.statusCode(), found.body());
        JsonObject page = json(found);
        assertEquals(Set.of("total", "items"), page.keySet());
        assertEquals(2, page.getInt("total"), "the thread's text and the requester's address are searched");
        JsonArray items = page.getJsonArray("items");
        assertEquals(List.of(newer, older), items.stream().map(v -> v.asJsonObject().getString("number")).toList(), "newest first");
        JsonObject first = items.getJsonObject(0);
        assertEquals(Set.of("number", "channel", "subject", "status", "createdAt", "requester"), first.keySet());
        assertEquals("WEB_FORM", first.getString("channel"));
        assertEquals("SIKD", first.getString("subject"));
        assertEquals("NEW", first.getString("status"));
        assertTrue(first.getString("createdAt").matches("\\d{4}-\\d{2}-\\d{2}T.*Z"), first.getString("createdAt"));
        assertEquals(Set.of("name", "email", "phone"), first.getJsonObject("requester").keySet());
        assertEquals("Ketut Ayu", first.getJsonObject("requester").getString("name"));
        assertTrue(first.getJsonObject("requester").isNull("phone"));

        JsonObject second = json(get("?q=" + q(word) + "&status=NEW&page=1&size=1", "agent"));
        assertEquals(2, second.getInt("total"));
        assertEquals(List.of(older), second.getJsonArray("items").stream().map(v -> v.asJsonObject().getString("number")).toList());
        assertEquals(0, json(get("?q=" + q(word) + "&channel=EMAIL", "agent")).getInt("total"));
        assertEquals(1, json(get("?q=" + q("wayan-" + word), "admin")).getInt("total"), "by the requester's e-mail");

        JsonObject emailed = json(get("?channel=EMAIL&q=dimas%40demo.djpk.invalid", "agent"));
        assertTrue(emailed.getInt("total") >= 1, "the demo's e-mailed question: " + emailed);
        assertEquals("EMAIL", emailed.getJsonArray("items").getJsonObject(0).getString("channel"));

        for (String bad : new String[] {"?channel=FAX", "?status=DONE", "?page=-1", "?size=0", "?size=201", "?page=x"}) {
            HttpResponse<String> refused = get(bad, "agent");
            assertEquals(400, refused.statusCode(), bad + ": " + refused.body());
            assertEquals(400, json(refused).getInt("status"), "the API's error shape");
        }
    }

    @Test
    void oneTicketWithItsConversationAndAnAnswer() throws Exception {
        String number = fileTicket("Nyoman Arta", "nyoman-" + System.nanoTime() + "@example.go.id", "Transfer ke Daerah",
                "Kapan DBH triwulan III disalurkan?");
        JsonObject before = json(get("/" + number, "agent"));
        assertEquals(Set.of("number", "channel", "subject", "status", "topics", "createdAt", "requester", "messages"), before.keySet());
        assertEquals(number, before.getString("number"));
        assertEquals(0, before.getJsonArray("topics").size());
        JsonArray messages = before.getJsonArray("messages");
        assertEquals(1, messages.size());
        JsonObject question = messages.getJsonObject(0);
        assertEquals(Set.of("direction", "channel", "body", "at", "status", "attachments"), question.keySet());
        assertEquals("IN", question.getString("direction"));
        assertEquals("WEB_FORM", question.getString("channel"));
        assertEquals("Kapan DBH triwulan III disalurkan?", question.getString("body"));
        assertTrue(question.isNull("status"), "what the requester wrote has no delivery status");

        HttpResponse<String> sent = reply(number, "application/json", "{\"body\": \"DBH triwulan III disalurkan pekan depan.\"}", "agent");
        assertEquals(201, sent.statusCode(), sent.body());
        assertEquals(Set.of("ticket", "status"), json(sent).keySet());
        assertEquals(number, json(sent).getString("ticket"));
        assertEquals("QUEUED", json(sent).getString("status"), "handed to the outbox");
        assertTrue(sent.headers().firstValue("Location").orElse("").endsWith("/portal/api/tickets/" + number));

        JsonObject after = json(get("/" + number, "agent"));
        assertEquals("ANSWERED", after.getString("status"));
        JsonArray thread = after.getJsonArray("messages");
        assertEquals(List.of("IN", "OUT"), thread.stream().map(v -> v.asJsonObject().getString("direction")).toList(), "oldest first");
        JsonObject answer = thread.getJsonObject(1);
        assertEquals("DBH triwulan III disalurkan pekan depan.", answer.getString("body"));
        assertTrue(Set.of("QUEUED", "SENT").contains(answer.getString("status")), answer.toString());

        assertEquals(404, get("/TIK-1999-999999", "agent").statusCode());
        assertEquals(404, reply("TIK-1999-999999", "application/json", "{\"body\": \"x\"}", "agent").statusCode());
        for (String empty : new String[] {"{\"body\": \"  \"}", "{}", "{\"body\": 5}", "bukan json", "[]"}) {
            HttpResponse<String> refused = reply(number, "application/json", empty, "agent");
            assertEquals(400, refused.statusCode(), empty + ": " + refused.body());
        }
        assertEquals(415, reply(number, "text/plain", "{\"body\": \"x\"}", "agent").statusCode(), "JSON only");
        assertEquals(2, json(get("/" + number, "agent")).getJsonArray("messages").size(), "nothing refused was added");

        // a closed ticket takes no answer until it is reopened: 409 with the reason in the client's language
        HelpdeskJourneyIT.login("agent");
        browser.open(portal.staffUrl("/helpdesk/tiket.xhtml?nomor=" + number));
        browser.clickAndWait(By.id("state:close"));
        assertEquals("Ditutup", browser.find(By.id("status")).getText());
        HttpResponse<String> closed = HelpdeskApiIT.send(HttpRequest.newBuilder(URI.create(portal.staffUrl("/api/tickets/" + number + "/replies")))
                .header("Authorization", HelpdeskApiIT.basic("agent")).header("Content-Type", "application/json")
                .header("Accept-Language", "en").POST(HttpRequest.BodyPublishers.ofString("{\"body\": \"Lagi\"}")));
        assertEquals(409, closed.statusCode(), closed.body());
        assertEquals("helpdesk.closed", json(closed).getString("error"));
        assertEquals("Ticket " + number + " is closed; reopen it first.", json(closed).getString("message"));
        assertEquals("CLOSED", json(get("/" + number, "agent")).getString("status"));
    }

    @Test
    void agentsAndAdministratorsOnly() throws Exception {
        HttpResponse<String> anonymous = get("", null);
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.body().startsWith("{\"status\":401"), anonymous.body());
        assertEquals(403, get("", "editor").statusCode(), "a report editor does not read tickets");
        assertEquals(403, get("", "publisher").statusCode());
        assertEquals(403, reply("TIK-1999-999999", "application/json", "{\"body\": \"x\"}", "editor").statusCode());
        assertEquals(200, get("?size=1", "admin").statusCode());
    }
}
