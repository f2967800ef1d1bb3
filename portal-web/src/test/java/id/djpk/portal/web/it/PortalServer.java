package id.djpk.portal.web.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The whole portal as the run command starts it: both WARs on one Payara Micro, a fresh H2 file
 * database with demo data. Started once for all browser tests (JUnit's root store) and stopped
 * at the end of the run.
 */
public final class PortalServer implements ExtensionContext.Store.CloseableResource {

    public static final String DEMO_PASSWORD = "Demo-Sandi-2024";
    /** How long the start may take: ~40 s on a quiet 2-core machine, minutes when other builds share it. */
    static final int START_SECONDS = 480;
    /** The contact center's mailbox (IMAP user and address) the portal reads in the tests. */
    public static final String CALL_CENTER = "callcenter.djpk@example.go.id";
    /** The PPID desk's mailbox. */
    public static final String PPID_MAILBOX = "ppid.djpk@example.go.id";
    /** Email Lapor's mailbox (reports e-mailed during the change-over to the form). */
    public static final String LAPOR_MAILBOX = "lapor.djpk@example.go.id";
    static final String MAILBOX_PASSWORD = "Kotak-Surat-2024";

    private static volatile PortalServer current;

    private final Process process;
    private final int port;
    private final Path dataDir;
    private final GreenMail smtp;
    private final CloudApiStandIn whatsApp;

    private PortalServer(Process process, int port, Path dataDir, GreenMail smtp, CloudApiStandIn whatsApp) {
        this.process = process;
        this.port = port;
        this.dataDir = dataDir;
        this.smtp = smtp;
        this.whatsApp = whatsApp;
    }

    /** The WhatsApp Cloud API the portal talks to in the tests (a stand-in server in this JVM, on loopback). */
    public CloudApiStandIn whatsApp() {
        return whatsApp;
    }

    /** The SMTP server the portal sends to in the tests (GreenMail, in this JVM, on loopback). */
    public GreenMail smtp() {
        return smtp;
    }

    /** JUnit extension: {@code @ExtendWith(PortalServer.Running.class)} on a test class. */
    public static class Running implements BeforeAllCallback {
        @Override
        public void beforeAll(ExtensionContext context) {
            current = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                    .getOrComputeIfAbsent(PortalServer.class, k -> start(), PortalServer.class);
        }
    }

    public static PortalServer get() {
        return current;
    }

    public String publicUrl(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    public String staffUrl(String path) {
        return "http://127.0.0.1:" + port + "/portal" + path;
    }

    public Path dataDir() {
        return dataDir;
    }

    /**
     * Moves the staff portal's office clock (its timers and pages; the public site keeps the system clock) to run
     * from {@code at}, or back to the system clock with {@code null}: {@code PUT /portal/api/visits/clock} as admin.
     */
    public void moveStaffClock(Instant at) throws IOException, InterruptedException {
        String query = at == null ? "" : "?at=" + URLEncoder.encode(at.atOffset(ZoneOffset.UTC).toString(), StandardCharsets.UTF_8);
        HttpResponse<String> moved = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(staffUrl("/api/visits/clock" + query)))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("admin:" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .PUT(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        if (moved.statusCode() != 200) {
            throw new IllegalStateException("the staff portal's clock was not moved: " + moved.statusCode() + " " + moved.body());
        }
    }

    /**
     * What a test that waited in vain should print: the server log's last warnings and errors, and the portal's
     * threads that are inside {@code package} (from {@code jcmd Thread.print}), each with its first frames. A wait
     * that fails on a CI machine then says where the portal stood.
     */
    public String diagnose(String packageName) {
        StringBuilder out = new StringBuilder();
        try {
            List<String> log = Files.readAllLines(dataDir.resolve("server.log"), StandardCharsets.UTF_8);
            List<String> bad = log.stream().filter(l -> l.contains("SEVERE") || (l.contains("WARNING") && !l.contains("AS-DEPLOYMENT")
                    && !l.contains("MicroProfile Config") && !l.contains("NCLS-SECURITY")))
                    .map(l -> l.replaceAll("\\u001B\\[[0-9;]*m", "").replaceAll("\\[tid: [^]]*] \\[timeMillis: [0-9]*] \\[levelValue: [0-9]*] ", ""))
                    .toList();
            out.append("\n-- server log, last warnings and errors:\n");
            bad.subList(Math.max(0, bad.size() - 5), bad.size()).forEach(l -> out.append(l, 0, Math.min(l.length(), 400)).append('\n'));
        } catch (IOException e) {
            out.append("\n(no server log: ").append(e).append(")\n");
        }
        try {
            List<String> gc = Files.readAllLines(dataDir.resolve("gc.log"), StandardCharsets.UTF_8);
            out.append("-- the collector's last pauses:\n");
            gc.subList(Math.max(0, gc.size() - 4), gc.size()).forEach(l -> out.append(l).append('\n'));
        } catch (IOException e) {
            out.append("(no gc log: ").append(e).append(")\n");
        }
        try {
            Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    Long.toString(process.pid()), "Thread.print").redirectErrorStream(true).start();
            String dump = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            jcmd.waitFor(30, TimeUnit.SECONDS);
            out.append("-- portal threads in ").append(packageName).append(":\n");
            for (String thread : dump.split("\n\n")) {
                if (thread.contains(packageName)) {
                    String[] lines = thread.split("\n");
                    for (int i = 0; i < Math.min(lines.length, 14); i++) {
                        out.append(lines[i].length() > 200 ? lines[i].substring(0, 200) : lines[i]).append('\n');
                    }
                    out.append('\n');
                }
            }
        } catch (IOException e) {
            out.append("(no thread dump: ").append(e).append(")\n");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return out.toString();
    }

    static PortalServer start() {
        Path target = Path.of("target").toAbsolutePath();
        Path data = target.resolve("it-portal");
        deleteRecursively(data);
        int port = freePort();
        GreenMail smtp = new GreenMail(new ServerSetup[] {new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        smtp.start();
        // the contact center's, the PPID's and Email Lapor's mailboxes the portal reads over IMAP (issues #12, #15)
        smtp.setUser(CALL_CENTER, CALL_CENTER, MAILBOX_PASSWORD);
        smtp.setUser(PPID_MAILBOX, PPID_MAILBOX, MAILBOX_PASSWORD);
        smtp.setUser(LAPOR_MAILBOX, LAPOR_MAILBOX, MAILBOX_PASSWORD);
        CloudApiStandIn whatsApp = new CloudApiStandIn();
        Path jar = target.resolve("payara-micro.jar");
        Path staffWar = target.resolve("portal-web.war");
        Path publicWar = target.getParent().resolve("../public-site/target/public-site.war").normalize();
        for (Path p : List.of(jar, staffWar, publicWar)) {
            if (!Files.exists(p)) {
                throw new IllegalStateException("missing " + p + " (build the whole project with `./portal test`)");
            }
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m",
                // the collector's pauses and heap after each, for diagnose()
                "-Xlog:gc:file=" + data.resolve("gc.log"),
                "-Duser.timezone=UTC",
                "-Djava.io.tmpdir=" + target,
                "-Dportal.data.dir=" + data,
                "-Dportal.db.url=" + databaseUrl(data),
                "-Dportal.demo.password=" + DEMO_PASSWORD,
                "-Dportal.public.base-url=http://127.0.0.1:" + port,
                "-Dportal.stats.flush-seconds=2",
                "-Dportal.mail.smtp.host=127.0.0.1",
                "-Dportal.mail.smtp.port=" + smtp.getSmtp().getPort(),
                "-Dportal.clock.adjustable=true",
                "-Dportal.mail.imap.host=127.0.0.1",
                "-Dportal.mail.imap.port=" + smtp.getImap().getPort(),
                "-Dportal.mail.imap.ssl=false",
                "-Dportal.mail.imap.user=" + CALL_CENTER,
                "-Dportal.mail.imap.password=" + MAILBOX_PASSWORD,
                "-Dportal.mail.imap.ppid.user=" + PPID_MAILBOX,
                "-Dportal.mail.imap.ppid.password=" + MAILBOX_PASSWORD,
                "-Dportal.mail.imap.lapor.user=" + LAPOR_MAILBOX,
                "-Dportal.mail.imap.lapor.password=" + MAILBOX_PASSWORD,
                "-Dportal.mail.imap.poll-seconds=2",
                // no daily backup in the middle of the tests (BackupIT takes its own)
                "-Dportal.backup.at=off",
                "-Dportal.whatsapp.phone-number-id=" + CloudApiStandIn.PHONE_NUMBER_ID,
                "-Dportal.whatsapp.access-token=" + CloudApiStandIn.TOKEN,
                "-Dportal.whatsapp.app-secret=" + CloudApiStandIn.APP_SECRET,
                "-Dportal.whatsapp.verify-token=" + CloudApiStandIn.VERIFY_TOKEN,
                "-Dportal.whatsapp.api-url=" + whatsApp.baseUrl(),
                // as behind the recommended nginx: the sign-in tests speak as other addresses with X-Forwarded-For
                "-Dportal.trusted-proxies=127.0.0.1",
                // live chat (issue #14): open at any hour, so that the tests do not depend on the time of day
                "-Dportal.livechat.hours=always",
                "-jar", jar.toString(), "--nohazelcast", "--disablephonehome", "--port", Integer.toString(port),
                "--interfaces", "127.0.0.1", "--prebootcommandfile", "",
                "--unpackdir", data.resolve("payara").toString(),
                "--deploy", staffWar + ":/portal", "--deploy", publicWar + ":/"));
        try {
            Files.createDirectories(data);
            command.set(command.indexOf("--prebootcommandfile") + 1, loopbackOnly(data).toString());
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(data.resolve("server.log").toFile()).start();
            PortalServer server = new PortalServer(process, port, data, smtp, whatsApp);
            server.awaitReady();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The test portal's database. AUTO_SERVER: the first JVM that opens the file serves it to others, so that
     * LiveChatTwoInstancesIT's second public-site instance shares it.
     */
    static String databaseUrl(Path data) {
        return "jdbc:h2:file:" + data.resolve("db/portal") + ";AUTO_SERVER=TRUE";
    }

    /**
     * An asadmin command file that binds the HTTP listener to loopback only and limits request bodies to 502 MB
     * (Email Lapor's ten 50 MB files), as the run command does.
     */
    private static Path loopbackOnly(Path data) throws IOException {
        Path file = data.resolve("preboot.asadmin");
        Files.writeString(file, "set configs.config.server-config.network-config.network-listeners.network-listener"
                + ".http-listener.address=127.0.0.1\n"
                + "set configs.config.server-config.network-config.protocols.protocol.http-listener.http"
                + ".max-post-size-bytes=526385152\n");
        return file;
    }

    private void awaitReady() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_SECONDS);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro stopped during start-up, see " + dataDir.resolve("server.log"));
            }
            if (answers(http, staffUrl("/login.xhtml")) && answers(http, publicUrl("/api/status"))) {
                return;
            }
            sleep(1000);
        }
        close();
        throw new IllegalStateException("the portal did not start within " + START_SECONDS + " s, see " + dataDir.resolve("server.log"));
    }

    private static boolean answers(HttpClient http, String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        smtp.stop();
        whatsApp.close();
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
