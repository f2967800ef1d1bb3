package id.djpk.portal.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The live chat with the visitor's socket on one instance and the agent on another (issue #14): a second Payara Micro
 * deploying only the public site, on the test portal's database (H2 in AUTO_SERVER mode, as PortalServer opens it),
 * with its own memory and no data grid (--nohazelcast). The agent's answer through the first instance's staff API reaches
 * the socket on the second; the visitor's message through the second reaches the first; the chat resumes on the first.
 */
@ExtendWith(PortalServer.Running.class)
class LiveChatTwoInstancesIT {

    static PortalServer portal;
    static Process second;
    static String secondBase;

    @BeforeAll
    static void startSecondInstance() throws Exception {
        portal = PortalServer.get();
        LiveChatIT.portal = portal;
        Path target = Path.of("target").toAbsolutePath();
        Path data = target.resolve("it-portal-2");
        Files.createDirectories(data);
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path preboot = data.resolve("preboot.asadmin");
        Files.writeString(preboot, "set configs.config.server-config.network-config.network-listeners.network-listener"
                + ".http-listener.address=127.0.0.1\n");
        Path publicWar = target.getParent().resolve("../public-site/target/public-site.war").normalize();
        second = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-Duser.timezone=UTC", "-Djava.io.tmpdir=" + target,
                "-Dportal.data.dir=" + portal.dataDir(), "-Dportal.db.url=" + PortalServer.databaseUrl(portal.dataDir()),
                "-Dportal.public.base-url=http://127.0.0.1:" + port, "-Dportal.livechat.hours=always",
                "-Dportal.trusted-proxies=127.0.0.1",
                "-jar", target.resolve("payara-micro.jar").toString(), "--nohazelcast", "--disablephonehome",
                "--port", Integer.toString(port), "--interfaces", "127.0.0.1", "--prebootcommandfile", preboot.toString(),
                "--unpackdir", data.resolve("payara").toString(), "--deploy", publicWar + ":/"))
                .redirectErrorStream(true).redirectOutput(data.resolve("server.log").toFile()).start();
        secondBase = "http://127.0.0.1:" + port + "/";
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long end = System.nanoTime() + Duration.ofMinutes(6).toNanos();
        while (System.nanoTime() < end && second.isAlive()) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(secondBase + "api/status")).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("the second public-site instance did not start: see " + data.resolve("server.log"));
    }

    @AfterAll
    static void stopSecondInstance() throws Exception {
        LiveChatIT.presence("agent", "{\"available\": false}");
        if (second != null) {
            second.destroy();
            if (!second.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                second.destroyForcibly();
            }
        }
    }

    @Test
    void theVisitorOnOneInstanceAndTheAgentOnAnother() throws Exception {
        assertEquals(200, LiveChatIT.presence("agent", "{\"available\": true}").statusCode());
        String number;
        String token;
        try (ChatClient chat = ChatClient.at(secondBase, "198.51.100.7", null)) {
            chat.send(ChatClient.frame("start").add("name", "Made Dua").add("email", "made-dua@example.go.id")
                    .add("message", "Pertanyaan lewat instans kedua"));
            JsonObject started = chat.next();
            assertEquals("started", started.getString("type"), started.toString());
            number = started.getString("ticket");
            token = started.getString("token");
            assertEquals("Pertanyaan lewat instans kedua", chat.nextFrom("VISITOR").getString("body"));

            // the agent answers on the first instance; the second instance's relay finds it in the database
            HttpResponse<String> answered = LiveChatIT.reply(number, "Jawaban dari instans pertama.");
            assertEquals(201, answered.statusCode(), answered.body());
            assertEquals("Jawaban dari instans pertama.", chat.nextFrom("AGENT").getString("body"));

            chat.send(ChatClient.frame("message").add("body", "Diterima di instans kedua."));
            assertEquals("Diterima di instans kedua.", chat.nextFrom("VISITOR").getString("body"));
            assertTrue(LiveChatIT.ticket(number).getJsonArray("messages").stream()
                    .anyMatch(m -> m.asJsonObject().getString("body").equals("Diterima di instans kedua.")));
        }
        // the visitor's next socket lands on the first instance: the chat resumes there
        try (ChatClient again = ChatClient.open(portal, "198.51.100.7")) {
            again.send(ChatClient.frame("resume").add("token", token));
            assertEquals(number, again.next("started").getString("ticket"));
            assertEquals("Pertanyaan lewat instans kedua", again.next("message").getString("body"));
            again.send(ChatClient.frame("close"));
            again.next("closed");
        }
        assertEquals("CLOSED", LiveChatIT.ticket(number).getString("status"));
    }
}
