package id.djpk.portal.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    static String ticket;
    static Path backup;

    static HttpResponse<String> backups(String method, String user) throws Exception {
        return HelpdeskApiIT.send(HttpRequest.newBuilder(URI.create(portal.staffUrl("/api/admin/backups")))
                .header("Authorization", HelpdeskApiIT.basic(user)).method(method, HttpRequest.BodyPublishers.noBody()));
    }

    @Test
    @Order(1)
    void anAdministratorTakesABackupOfTheRunningPortal() throws Exception {
        ticket = TicketsApiIT.fileTicket("Made Wirawan", "made.backup@example.org", "Cadangan",
                "Pertanyaan yang harus ada di cadangan.");
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
            assertTrue(names.stream().allMatch(n -> n.startsWith("db/") || n.startsWith("files/") || n.startsWith("mail/")), names.toString());
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
        int before = browser.all(By.cssSelector("#backups\\:table tbody tr")).size();
        assertTrue(browser.find(By.id("backups:table")).getText().contains(backup.getFileName().toString()));
        String asked = browser.clickConfirmed(By.id("backups:takeNow"));
        assertTrue(asked.contains("beberapa menit"), asked);
        browser.await(d -> d.findElement(By.tagName("body")).getText().contains("berkas)."));
        assertTrue(browser.text().matches("(?s).*Cadangan portal-\\d{8}-\\d{6}(-\\d+)?\\.zip dibuat.*"), browser.text());
        assertEquals(before + 1, browser.all(By.cssSelector("#backups\\:table tbody tr")).size());
    }
}
