package id.djpk.portal.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.djpk.portal.livechat.LiveChatService;
import id.djpk.portal.system.Messages;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The live chat's WebSocket contract (issue #14) with {@code java.net.http.WebSocket} as the visitor and the staff
 * API as the agent: offline without an available agent, a chat with messages both ways (an answer through
 * {@code POST /portal/api/tickets/{number}/replies} reaches the socket and is marked delivered), resume by token, bad
 * input, one message a second, three new chats per address per 10 minutes, the close with the transcript and survey
 * by e-mail, the presence API, and the polite close of a visitor silent for 10 minutes (the staff portal's clock
 * moved on, the idle rule's timer closes the chat).
 */
@ExtendWith(PortalServer.Running.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LiveChatIT {

    static final HttpClient HTTP = HttpClient.newHttpClient();
    /** Each test speaks from its own address, so that the new-chat limit of one is not used by another. */
    private static final AtomicInteger ADDRESS = new AtomicInteger(10);
    static PortalServer portal;

    @BeforeAll
    static void portal() {
        portal = PortalServer.get();
    }

    @AfterAll
    static void away() throws Exception {
        presence("agent", "{\"available\": false}");
    }

    static String address() {
        return "203.0.113." + ADDRESS.incrementAndGet();
    }

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PortalServer.DEMO_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> presence(String user, String body) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(portal.staffUrl("/api/livechat/presence")))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body));
        if (user != null) {
            r.header("Authorization", basic(user));
        }
        return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    static JsonObject ticket(String number) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(portal.staffUrl("/api/tickets/" + number)))
                .header("Authorization", basic("agent")).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        return json(r.body());
    }

    static HttpResponse<String> reply(String number, String text) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(portal.staffUrl("/api/tickets/" + number + "/replies")))
                .header("Authorization", basic("agent")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("body", text).build().toString()))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static JsonObject start(ChatClient chat, String name, String email, String message) throws Exception {
        chat.send(ChatClient.frame("start").add("name", name).add("email", email).add("regionCode", "51.71")
                .add("message", message));
        return chat.next();
    }

    static void agentAvailable() throws Exception {
        assertEquals(200, presence("agent", "{\"available\": true}").statusCode());
    }

    /** A start while an agent is available: the {@code started} frame. */
    static JsonObject started(ChatClient chat, String name, String email, String message) throws Exception {
        JsonObject started = start(chat, name, email, message);
        assertEquals("started", started.getString("type"), started.toString());
        return started;
    }

    /** The text of a mail (its first part when it has several). */
    static String text(MimeMessage mail) throws Exception {
        Object content = mail.getContent();
        return content instanceof jakarta.mail.Multipart parts ? parts.getBodyPart(0).getContent().toString()
                : content.toString();
    }

    @Test
    @Order(1)
    void presenceApi() throws Exception {
        assertEquals(401, presence(null, "{\"available\": true}").statusCode());
        assertEquals(403, presence("publisher", "{\"available\": true}").statusCode(), "agents and administrators only");
        for (String bad : new String[] {"", "{}", "{\"available\": \"ya\"}", "[true]"}) {
            HttpResponse<String> r = presence("agent", bad);
            assertEquals(400, r.statusCode(), bad + ": " + r.body());
        }
        HttpResponse<String> away = presence("agent", "{\"available\": false}");
        assertEquals(200, away.statusCode(), away.body());
        assertEquals(json("{\"agent\": \"agent\", \"available\": false}"), json(away.body()));
    }

    @Test
    @Order(2)
    void withoutAnAvailableAgentTheQuestionBecomesATicketAnsweredByEmail() throws Exception {
        assertEquals(200, presence("agent", "{\"available\": false}").statusCode());
        try (ChatClient chat = ChatClient.open(portal, address())) {
            JsonObject offline = start(chat, "Komang Sari", "komang@example.go.id", "Kapan DAU bulan ini disalurkan?");
            assertEquals("offline", offline.getString("type"), offline.toString());
            String number = offline.getString("ticket");
            assertTrue(offline.getString("message").contains(number), offline.toString());
            assertTrue(offline.getString("message").contains("e-mail"), offline.toString());
            JsonObject t = ticket(number);
            assertEquals("LIVE_CHAT", t.getString("channel"));
            assertEquals("Kapan DAU bulan ini disalurkan?", t.getJsonArray("messages").getJsonObject(0).getString("body"));

            HttpResponse<String> answered = reply(number, "DAU disalurkan tanggal 5.");
            assertEquals(201, answered.statusCode(), answered.body());
            assertEquals("QUEUED", json(answered.body()).getString("status"), "no chat: by e-mail");
        }
    }

    @Test
    @Order(3)
    void aChatWithMessagesBothWaysResumeAndClose() throws Exception {
        agentAvailable();
        String email = "wayan-" + System.nanoTime() + "@example.go.id";
        String number;
        String token;
        try (ChatClient chat = ChatClient.open(portal, address())) {
            JsonObject started = started(chat, "Wayan Sudana", email, "Bagaimana cara mengisi SIKD?");
            assertEquals(Set.of("type", "ticket", "token"), started.keySet());
            number = started.getString("ticket");
            token = started.getString("token");
            JsonObject first = chat.next("message");
            assertEquals("VISITOR", first.getString("from"));
            assertEquals("Bagaimana cara mengisi SIKD?", first.getString("body"));
            assertTrue(first.getString("at").matches("\\d{4}-\\d{2}-\\d{2}T.*Z"), first.toString());
            assertEquals("LIVE_CHAT", ticket(number).getString("channel"));

            chat.send(ChatClient.frame("message").add("body", "Saya dari BPKAD Kota Denpasar."));
            assertEquals("Saya dari BPKAD Kota Denpasar.", chat.nextFrom("VISITOR").getString("body"));

            HttpResponse<String> answered = reply(number, "Silakan buka menu Input Data di SIKD.");
            assertEquals(201, answered.statusCode(), answered.body());
            assertEquals("SENT", json(answered.body()).getString("status"), "handed to the open chat, not e-mailed");
            JsonObject answer = chat.nextFrom("AGENT");
            assertEquals("Silakan buka menu Input Data di SIKD.", answer.getString("body"));
            awaitStatus(number, "Silakan buka menu Input Data di SIKD.", "DELIVERED");

            // too long: an error, nothing stored
            int before = ticket(number).getJsonArray("messages").size();
            chat.send(ChatClient.frame("message").add("body", "x".repeat(2001)));
            JsonObject tooLong = chat.next("error");
            assertEquals("body", tooLong.getString("field"));
            assertEquals("Paling banyak 2000 karakter.", tooLong.getString("message"));
            assertEquals(before, ticket(number).getJsonArray("messages").size());
            // unreadable frames
            chat.send("bukan json");
            assertEquals("type", chat.next("error").getString("field"));
            chat.send("{\"type\": \"dance\"}");
            assertEquals("type", chat.next("error").getString("field"));
        }

        // a reload: a new socket resumes with the token and gets the conversation again
        try (ChatClient again = ChatClient.open(portal, address(), "en")) {
            again.send(ChatClient.frame("resume").add("token", "0000-0000-0000-0000"));
            JsonObject unknown = again.next();
            assertEquals("error", unknown.getString("type"));
            assertEquals("token", unknown.getString("field"));
            assertEquals("Chat not found or already closed.", unknown.getString("message"));

            again.send(ChatClient.frame("resume").add("token", token));
            JsonObject resumed = again.next();
            assertEquals(json("{\"type\": \"started\", \"ticket\": \"" + number + "\", \"token\": \"" + token + "\"}"), resumed);
            assertEquals("Bagaimana cara mengisi SIKD?", again.next("message").getString("body"));
            assertEquals("Saya dari BPKAD Kota Denpasar.", again.next("message").getString("body"));
            assertEquals("Silakan buka menu Input Data di SIKD.", again.next("message").getString("body"));

            // one message a second: the second of two at once is refused, nothing stored
            again.send(ChatClient.frame("message").add("body", "Terima kasih."));
            again.send(ChatClient.frame("message").add("body", "Sekali lagi."));
            JsonObject tooFast = again.next("error");
            assertEquals("body", tooFast.getString("field"));
            assertTrue(tooFast.getString("message").contains("one message per second"), tooFast.toString());
            assertEquals("Terima kasih.", again.nextFrom("VISITOR").getString("body"));

            again.send(ChatClient.frame("close"));
            assertEquals("closed", again.next("closed").getString("type"));
            again.awaitClosed();
        }
        JsonObject closed = ticket(number);
        assertEquals("CLOSED", closed.getString("status"));
        JsonArray thread = closed.getJsonArray("messages");
        assertFalse(thread.stream().anyMatch(m -> m.asJsonObject().getString("body").equals("Sekali lagi.")));

        // the transcript with the survey link, by e-mail
        String text = text(awaitMail(email, "[" + number + "] Transkrip"));
        assertTrue(text.contains("Bagaimana cara mengisi SIKD?") && text.contains("Silakan buka menu Input Data di SIKD.")
                && text.contains("Terima kasih."), text);
        assertTrue(text.contains("/survei"), text);

        // the ticket is closed with the chat
        HttpResponse<String> late = reply(number, "Tambahan: panduan SIKD ada di situs.");
        assertEquals(409, late.statusCode(), "a closed ticket takes no answer: " + late.body());
    }

    @Test
    @Order(4)
    void badStartsAreRefusedFieldByField() throws Exception {
        agentAvailable();
        try (ChatClient chat = ChatClient.open(portal, address())) {
            JsonObject noEmail = start(chat, "Putu", "", "Halo");
            assertEquals(json("{\"type\": \"error\", \"field\": \"email\", \"message\": \"E-mail wajib diisi.\"}"), noEmail);
            JsonObject badEmail = start(chat, "Putu", "putu@", "Halo");
            assertEquals("email", badEmail.getString("field"));
            JsonObject tooLong = start(chat, "Putu", "putu@example.go.id", "y".repeat(2001));
            assertEquals("message", tooLong.getString("field"));
            chat.send(ChatClient.frame("start").add("name", "Putu").add("email", "putu@example.go.id")
                    .add("regionCode", "99.99").add("message", "Halo"));
            assertEquals("regionCode", chat.next().getString("field"));
            chat.send(ChatClient.frame("message").add("body", "Halo?"));
            JsonObject notStarted = chat.next();
            assertEquals("error", notStarted.getString("type"));
            assertFalse(chat.isClosed(), "bad input keeps the socket");
        }
    }

    @Test
    @Order(5)
    void threeNewChatsPerAddressPerTenMinutes() throws Exception {
        agentAvailable();
        String from = address();
        for (int i = 1; i <= 3; i++) {
            try (ChatClient chat = ChatClient.open(portal, from)) {
                JsonObject started = start(chat, "Gede " + i, "gede" + i + "@example.go.id", "Pertanyaan " + i);
                assertEquals("started", started.getString("type"), started.toString());
                chat.send(ChatClient.frame("close"));
                chat.next("closed");
            }
        }
        try (ChatClient fourth = ChatClient.open(portal, from)) {
            JsonObject refused = start(fourth, "Gede 4", "gede4@example.go.id", "Pertanyaan 4");
            assertEquals("error", refused.getString("type"), refused.toString());
            assertFalse(refused.containsKey("field"));
            assertTrue(refused.getString("message").contains("10 menit"), refused.toString());
            fourth.awaitClosed();
        }
        try (ChatClient other = ChatClient.open(portal, address())) {
            assertEquals("started", start(other, "Gede 5", "gede5@example.go.id", "Dari alamat lain").getString("type"));
            other.send(ChatClient.frame("close"));
            other.next("closed");
        }
    }

    @Test
    @Order(6)
    void aVisitorSilentForTenMinutesIsClosedPolitely() throws Exception {
        String email = "made-" + System.nanoTime() + "@example.go.id";
        JsonObject started;
        agentAvailable();
        try (ChatClient chat = ChatClient.open(portal, address())) {
            started = started(chat, "Made Wirawan", email, "Kapan batas unggah laporan realisasi DAK?");
            assertEquals("Kapan batas unggah laporan realisasi DAK?", chat.nextFrom("VISITOR").getString("body"));

            // the staff portal, where the idle rule runs every 30 s, a minute past the visitor's ten silent minutes;
            // this class's other chats are closed by now
            try {
                portal.moveStaffClock(Instant.now().plus(LiveChatService.IDLE).plusSeconds(60));
                JsonObject notice = chat.nextFrom("SYSTEM");
                assertEquals(Messages.text(Locale.forLanguageTag("id"), "livechat.idleClosed"), notice.getString("body"));
                assertEquals("closed", chat.next().getString("type"), "the notice, then the end of the chat");
                chat.awaitClosed();
            } finally {
                portal.moveStaffClock(null);
            }
        }
        String number = started.getString("ticket");
        assertEquals("CLOSED", ticket(number).getString("status"));
        String text = text(awaitMail(email, "[" + number + "] Transkrip"));
        assertTrue(text.contains("Kapan batas unggah laporan realisasi DAK?") && text.contains("/survei"), text);
        JsonObject closed = audited(number, "LIVECHAT_CLOSED");
        assertEquals("system", closed.getString("actor"), closed.toString());
        assertEquals(LiveChatService.IDLE_CLOSE, closed.getString("detail"), closed.toString());
        assertEquals("system", audited(number, "TICKET_CLOSED").getString("actor"));

        // a reload finds the chat closed
        try (ChatClient again = ChatClient.open(portal, address())) {
            again.send(ChatClient.frame("resume").add("token", started.getString("token")));
            assertEquals("token", again.next("error").getString("field"));
        }
    }

    /** The newest audit entry of {@code action} on ticket {@code number} (the administrators' audit API). */
    static JsonObject audited(String number, String action) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(portal.staffUrl("/api/admin/audit?max=500")))
                .header("Authorization", basic("admin")).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        return json(r.body()).getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(e -> action.equals(e.getString("action")) && number.equals(e.getString("entityId", null)))
                .findFirst().orElseThrow(() -> new AssertionError("no " + action + " of " + number + " in the audit trail"));
    }

    private static void awaitStatus(String number, String body, String status) throws Exception {
        long end = System.nanoTime() + ChatClient.PATIENCE.toNanos();
        String last = null;
        while (System.nanoTime() < end) {
            for (var m : ticket(number).getJsonArray("messages")) {
                JsonObject o = m.asJsonObject();
                if (o.getString("body").equals(body) && !o.isNull("status")) {
                    last = o.getString("status");
                    if (last.equals(status)) {
                        return;
                    }
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("answer of " + number + " not " + status + " (last: " + last + ")");
    }

    private static MimeMessage awaitMail(String to, String subjectStart) throws Exception {
        long end = System.nanoTime() + ChatClient.PATIENCE.toNanos() * 2;
        while (System.nanoTime() < end) {
            for (MimeMessage m : portal.smtp().getReceivedMessages()) {
                if (m.getAllRecipients()[0].toString().equals(to) && m.getSubject().startsWith(subjectStart)) {
                    return m;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no mail to " + to + " starting " + subjectStart);
    }
}
