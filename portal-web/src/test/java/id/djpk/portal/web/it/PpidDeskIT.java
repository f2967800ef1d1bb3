package id.djpk.portal.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

/**
 * The PPID records a request handed in at the desk, finds it in the queue, extends the period once and
 * answers it; the superior can read it; other staff cannot. A request past its first period is offered no extension.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PpidDeskIT extends BrowserTest {

    static String number;

    static void login(String user) {
        browser.driver().manage().deleteAllCookies();
        browser.open(portal.staffUrl("/login.xhtml"));
        browser.type(By.id("login:username"), user);
        browser.type(By.id("login:password"), PortalServer.DEMO_PASSWORD);
        browser.clickAndWait(By.id("login:submit"));
    }

    @Test
    @Order(1)
    void theOfficerRecordsARequestReceivedAtTheDesk() {
        login("ppid");
        number = record("Siti Rahmawati");
        String text = browser.text();
        assertTrue(text.contains("hari kerja"), text);
        assertTrue(browser.find(By.id("dueExplanation")).getText().contains("hari kerja"));
    }

    /** Records a request as handed in at the desk; its tracking number. */
    static String record(String name) {
        browser.open(portal.staffUrl("/ppid/baru.xhtml"));
        browser.type(By.id("form:name"), name);
        browser.type(By.id("form:nik"), "3273014508850001");
        browser.type(By.id("form:address"), "Jl. Merdeka 12, Bandung");
        browser.type(By.id("form:occupation"), "Peneliti");
        browser.type(By.id("form:phone"), "0812-3456-7890");
        browser.type(By.id("form:information"), "Rincian realisasi DAK Fisik bidang pendidikan Kota Bandung tahun 2025");
        browser.type(By.id("form:purpose"), "Penelitian kebijakan fiskal daerah");
        browser.selectMenu("form:obtainMethod", "Salinan cetak");
        browser.selectMenu("form:deliveryMethod", "Mengambil langsung");
        browser.find(By.cssSelector("#form\\:consent .ui-chkbox-box")).click();
        browser.clickAndWait(By.id("form:save"));
        String text = browser.text();
        assertTrue(text.contains("Permohonan dicatat dengan nomor"), text);
        return URLDecoder.decode(browser.driver().getCurrentUrl().replaceAll(".*nomor=", "").replaceAll("&.*", ""),
                StandardCharsets.UTF_8);
    }

    @Test
    @Order(2)
    void theQueueShowsIt() {
        browser.open(portal.staffUrl("/ppid/antrian.xhtml"));
        String queue = browser.find(By.id("queue")).getText();
        assertTrue(queue.contains(number) && queue.contains("Siti Rahmawati") && queue.contains("Rincian realisasi DAK"), queue);
        browser.open(browser.find(By.linkText(number)).getAttribute("href"));
        assertTrue(browser.text().contains("Siti Rahmawati"));
    }

    @Test
    @Order(3)
    void theOfficerExtendsOnceAndDecides() {
        browser.open(portal.staffUrl("/ppid/permohonan.xhtml?nomor="
                + java.net.URLEncoder.encode(number, java.nio.charset.StandardCharsets.UTF_8)));
        // the form offers the full 7 working days; only the reason is typed
        browser.type(By.id("extend:reason"), "Data realisasi masih dikonsolidasikan dengan Direktorat Dana Transfer Khusus.");
        // a requester without e-mail: the confirmation says how the notice reaches them
        String asked = browser.clickConfirmed(By.id("extend:save"));
        assertTrue(asked.contains("Siti Rahmawati (tanpa alamat surel; disampaikan dengan cara: Mengambil langsung)"), asked);
        String text = browser.text();
        assertTrue(text.contains("Jangka waktu diperpanjang."), text);
        assertTrue(browser.find(By.id("dueExplanation")).getText().contains("7 hari kerja"),
                browser.find(By.id("dueExplanation")).getText());
        // the form is gone once the one extension is used; the service would refuse a second one
        assertTrue(browser.all(By.id("extend:save")).isEmpty());

        browser.selectMenu("decide:decision", "Diberikan seluruhnya");
        browser.type(By.id("decide:text"), "Informasi diberikan dalam bentuk salinan elektronik.");
        browser.clickConfirmed(By.id("decide:save"));
        text = browser.text();
        assertTrue(text.contains("Keputusan disimpan."), text);
        String timeline = browser.find(By.id("timeline")).getText();
        assertTrue(timeline.contains("Permohonan diterima") && timeline.contains("Jangka waktu diperpanjang")
                && timeline.contains("Pemberitahuan tertulis"), timeline);
    }

    @Test
    @Order(4)
    void theSuperiorReadsItAndOtherStaffAreRefused() {
        login("ppid-superior");
        browser.open(portal.staffUrl("/ppid/permohonan.xhtml?nomor="
                + java.net.URLEncoder.encode(number, java.nio.charset.StandardCharsets.UTF_8)));
        assertTrue(browser.text().contains("Siti Rahmawati"), browser.text());
        assertTrue(browser.all(By.id("decide:save")).isEmpty());
        login("agent");
        browser.open(portal.staffUrl("/ppid/antrian.xhtml"));
        assertTrue(browser.text().contains("Akses ditolak"), browser.text());
    }

    @Test
    @Order(5)
    void onceTheFirstPeriodHasRunOutNoExtensionIsOffered() throws Exception {
        login("ppid");
        String late = record("Budi Santoso");
        // the staff portal's clock six weeks on: the ten working days are over, the request is simply late
        ZoneId office = ZoneId.of("Asia/Jakarta");
        try {
            portal.moveStaffClock(LocalDate.now(office).plusWeeks(6).atTime(9, 0).atZone(office).toInstant());
            browser.open(portal.staffUrl("/ppid/permohonan.xhtml?nomor=" + URLEncoder.encode(late, StandardCharsets.UTF_8)));
            assertTrue(browser.text().contains("Budi Santoso"), browser.text());
            assertTrue(browser.all(By.id("extend:save")).isEmpty(), "the entity would refuse it: ppid.extensionTooLate");
            assertFalse(browser.all(By.id("decide:save")).isEmpty(), "a late answer is still given");
        } finally {
            portal.moveStaffClock(null);
        }
    }
}
