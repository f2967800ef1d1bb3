package id.djpk.portal.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

/**
 * Backups of the running portal: an administrator takes one through the staff API (what {@code ./portal backup}
 * calls) or the Backups page; {@code ./portal restore} puts it into an empty data directory, and the database found
 * there holds what was acknowledged before the backup, every file it names included.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BackupIT extends BrowserTest {

    static final String WORD = "cadangan" + System.nanoTime();
    static String ticket;
    static Path backup;

    static HttpResponse<String> backups(String method, String user) throws Exception {
        return HelpdeskApiIT.send(HttpRequest.newBuilder(URI.create(portal.staffUrl("/api/admin/backups")))
                .header("Authorization", HelpdeskApiIT.basic(user)).method(method, HttpRequest.BodyPublishers.noBody()));
    }

    /** A citizen's e-mail to the contact center; returns once it is a ticket (its raw form kept sealed). */
    static void mailTheContactCenter(String word) throws Exception {
        jakarta.mail.internet.MimeMessage m = new jakarta.mail.internet.MimeMessage(EmailJourneyIT.session());
        m.setFrom(new jakarta.mail.internet.InternetAddress("nyoman.backup@example.org", "Nyoman Arta"));
        m.setRecipient(jakarta.mail.Message.RecipientType.TO, new jakarta.mail.internet.InternetAddress(PortalServer.CALL_CENTER));
        m.setSubject("Dana desa " + word, "UTF-8");
        m.setText("NIK saya 5171011208900002, mohon info dana desa " + word + ".", "UTF-8");
        jakarta.mail.Transport.send(m);
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (TicketsApiIT.json(TicketsApiIT.get("?q=" + word, "agent")).getInt("total") == 1) {
                return;
            }
            PortalServer.sleep(300);
        }
        throw new AssertionError("the e-mail did not become a ticket within 60 s");
    }

    @Test
    @Order(1)
    void anAdministratorTakesABackupOfTheRunningPortal() throws Exception {
        ticket = TicketsApiIT.fileTicket("Made Wirawan", "made.backup@example.org", "Cadangan",
                "Pertanyaan yang harus ada di cadangan.");
        mailTheContactCenter(WORD);
        assertEquals(403, backups("POST", "agent").statusCode(), "agents take no backups");

        HttpResponse<String> taken = backups("POST", "admin");
        assertEquals(201, taken.statusCode(), taken.body());
        JsonObject json = TicketsApiIT.json(taken);
        assertTrue(json.getString("name").matches("portal-\\d{8}-\\d{6}(-\\d+)?\\.zip"), json.toString());
        assertTrue(json.getInt("files") > 0, "the demo publications' files are carried: " + json);
        backup = Path.of(json.getString("path"));
        assertEquals(portal.dataDir().resolve("backups").resolve(json.getString("name")).toAbsolutePath().normalize(),
                backup.toAbsolutePath().normalize());
        assertEquals(Files.size(backup), json.getJsonNumber("bytes").longValue());

        HttpResponse<String> list = backups("GET", "admin");
        assertEquals(200, list.statusCode(), list.body());
        assertTrue(TicketsApiIT.json(list).getJsonArray("items").stream()
                .anyMatch(v -> v.asJsonObject().getString("name").equals(json.getString("name"))), list.body());

        try (ZipFile zip = new ZipFile(backup.toFile())) {
            List<String> names = Collections.list(zip.entries()).stream().map(ZipEntry::getName).toList();
            assertTrue(names.contains("db/portal.mv.db"), names.toString());
            assertTrue(names.stream().allMatch(n -> n.startsWith("db/") || n.startsWith("files/") || n.startsWith("mail/")
                    || n.startsWith("keys/")), names.toString());
            assertTrue(names.contains("keys/personal-files-private.json"), "sealed files can be opened after a restore");
            assertTrue(names.stream().noneMatch(n -> n.startsWith("files/tmp/")), "upload spools are not carried");
        }
    }

    @Test
    @Order(2)
    void restoreFillsAnEmptyDataDirectoryWithTheBackupsDatabaseAndFiles() throws Exception {
        Path data = Path.of("target", "restored-" + System.nanoTime()).toAbsolutePath();
        Path script = Path.of("..", "portal").toAbsolutePath().normalize();
        ProcessBuilder restore = new ProcessBuilder("bash", script.toString(), "restore", backup.toString())
                .redirectErrorStream(true);
        restore.environment().put("PORTAL_DATA_DIR", data.toString());
        restore.environment().put("PORTAL_PORT", "1"); // nothing answers there: the command may go on
        Process p = restore.start();
        String said = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), said);
        assertTrue(said.contains("Restored"), said);

        List<String> missingFiles = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("db/portal") + ";IFEXISTS=TRUE", "portal", "portal")) {
            try (PreparedStatement st = c.prepareStatement("SELECT COUNT(*) FROM helpdesk_ticket WHERE ticket_number = ?")) {
                st.setString(1, ticket);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    assertEquals(1, rs.getInt(1), "the ticket acknowledged before the backup is in it");
                }
            }
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT storage_key FROM attachment UNION SELECT scan_key FROM ppid_request WHERE scan_key IS NOT NULL")) {
                int named = 0;
                while (rs.next()) {
                    named++;
                    if (!Files.isRegularFile(data.resolve("files").resolve(rs.getString(1)))) {
                        missingFiles.add(rs.getString(1));
                    }
                }
                assertTrue(named > 0, "the backup's database names files");
            }
        }
        assertEquals(List.of(), missingFiles, "every file the restored database names is there");

        // the citizen's e-mail is kept sealed, and the restored key pair opens it
        id.djpk.portal.document.Sealing keys = new id.djpk.portal.document.Sealing(
                data.resolve("keys/personal-files-public.json"), data.resolve("keys/personal-files-private.json"));
        List<String> sealed = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("db/portal") + ";IFEXISTS=TRUE", "portal", "portal");
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT raw_key FROM helpdesk_message WHERE raw_key IS NOT NULL")) {
            while (rs.next()) {
                sealed.add(rs.getString(1));
            }
        }
        assertTrue(sealed.stream().allMatch(k -> k.startsWith("sealed/")), sealed.toString());
        boolean found = false;
        for (String key : sealed) {
            byte[] onDisk = Files.readAllBytes(data.resolve("files").resolve(key));
            assertFalse(new String(onDisk, java.nio.charset.StandardCharsets.ISO_8859_1).contains("5171011208900002"), "sealed on disk");
            try (var in = keys.open(new java.io.ByteArrayInputStream(onDisk))) {
                found |= new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).contains(WORD);
            }
        }
        assertTrue(found, "the e-mail sent before the backup opens with the restored keys: " + sealed);

        // a second restore moves the restored data aside instead of mixing or deleting it
        Process again = restore.start();
        String saidAgain = new String(again.getInputStream().readAllBytes());
        assertEquals(0, again.waitFor(), saidAgain);
        assertTrue(saidAgain.contains("before-restore-"), saidAgain);
        try (var aside = Files.list(data)) {
            assertTrue(aside.anyMatch(d -> d.getFileName().toString().startsWith("before-restore-") && Files.exists(d.resolve("db/portal.mv.db"))));
        }
    }

    @Test
    @Order(3)
    void theBackupsPageListsThemAndTakesOneAfterAsking() {
        login("admin", PortalServer.DEMO_PASSWORD);
        browser.open(portal.staffUrl("/admin/cadangan.xhtml"));
        // counted once the table shows the backup taken before (the page may still be building it)
        browser.await(d -> d.findElement(By.id("backups:table")).getText().contains(backup.getFileName().toString()));
        int before = browser.all(By.cssSelector("#backups\\:table tbody tr")).size();
        String asked = browser.clickConfirmed(By.id("backups:takeNow"));
        assertTrue(asked.contains("beberapa menit"), asked);
        browser.await(d -> d.findElement(By.tagName("body")).getText().contains("berkas)."));
        assertTrue(browser.text().matches("(?s).*Cadangan portal-\\d{8}-\\d{6}(-\\d+)?\\.zip dibuat.*"), browser.text());
        browser.await(d -> d.findElements(By.cssSelector("#backups\\:table tbody tr")).size() == before + 1);
    }

    @Test
    @Order(4)
    void afterTheKeyIsRotatedNewPersonalFilesAreSealedWithItAndOldOnesStillOpen() throws Exception {
        java.net.http.HttpRequest.Builder rotate = HttpRequest.newBuilder(URI.create(portal.staffUrl("/api/admin/sealing/rotate")))
                .POST(HttpRequest.BodyPublishers.noBody());
        assertEquals(403, HelpdeskApiIT.send(rotate.copy().header("Authorization", HelpdeskApiIT.basic("agent"))).statusCode());
        Path privateKey = portal.dataDir().resolve("keys/personal-files-private.json");
        String before = Files.readString(privateKey);
        HttpResponse<String> rotated = HelpdeskApiIT.send(rotate.copy().header("Authorization", HelpdeskApiIT.basic("admin")));
        assertEquals(200, rotated.statusCode(), rotated.body());
        assertFalse(before.equals(Files.readString(privateKey)), "the keyset has a new key");

        String later = "rotasi" + System.nanoTime();
        mailTheContactCenter(later);
        // both e-mails, the one sealed before the rotation and the one after, download as they arrived
        login("agent", PortalServer.DEMO_PASSWORD);
        String cookie = "JSESSIONID=" + browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        for (String word : List.of(WORD, later)) {
            String number = TicketsApiIT.json(TicketsApiIT.get("?q=" + word, "agent")).getJsonArray("items")
                    .getJsonObject(0).getString("number");
            browser.open(portal.staffUrl("/helpdesk/tiket.xhtml?nomor=" + number));
            String href = browser.present(By.cssSelector("a.raw-email")).getAttribute("href");
            HttpResponse<String> eml = HTTP.send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookie).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, eml.statusCode(), href);
            assertTrue(eml.body().contains("dana desa " + word), eml.body());
        }
    }
}
