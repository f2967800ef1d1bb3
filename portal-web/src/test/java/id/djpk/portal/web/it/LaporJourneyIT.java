package id.djpk.portal.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Email Lapor in Chromium, as a region and the owning unit go through it: the region sends its report on the form and
 * gets the receipt, the unit's PIC returns it with a reason, the region sends the correction on the same receipt from
 * the status page, the PIC accepts it, and the region sees it accepted.
 */
class LaporJourneyIT extends BrowserTest {

    static Path pdf(String name, String text) throws Exception {
        Path file = Files.createTempDirectory("lapor").resolve(name);
        Files.write(file, TestPdf.withText(text));
        return file;
    }

    static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    @Test
    void aRegionReportsThePicReturnsItTheRegionCorrectsAndThePicAccepts() throws Exception {
        String email = "bpkad-" + System.nanoTime() + "@sukabumikab.go.id";
        // the region: the form, every mistake at once, then the report with two files
        browser.driver().manage().deleteAllCookies();
        browser.open(portal.publicUrl("/lapor"));
        assertEquals(List.of(), browser.accessibilityProblems(), "/lapor");
        browser.clickAndWait(By.cssSelector("form.lapor-form button[type=submit]"));
        assertTrue(browser.find(By.id("kesalahan")).getText().contains("Pilih jenis laporan."), browser.text());
        assertEquals(List.of(), browser.accessibilityProblems(), "/lapor refused");

        browser.type(By.id("f-region_code"), "32.02");
        browser.type(By.id("f-institution"), "BPKAD Kabupaten Sukabumi");
        browser.type(By.id("f-name"), "Dewi Lestari");
        browser.type(By.id("f-email"), email);
        new Select(browser.find(By.id("f-report_type"))).selectByValue("DAU");
        browser.type(By.id("f-period"), "2024-01");
        Path report = pdf("laporan-dau-januari.pdf", "Laporan Syarat Salur DAU Januari 2024 " + email);
        Path annex = pdf("lampiran.pdf", "Lampiran realisasi " + email);
        browser.find(By.id("f-file")).sendKeys(report.toAbsolutePath() + "\n" + annex.toAbsolutePath());
        browser.clickAndWait(By.cssSelector("form.lapor-form button[type=submit]"));

        String receipt = browser.find(By.id("nomor-tanda-terima")).getText().trim();
        String code = browser.find(By.id("kode-akses")).getText().trim();
        assertTrue(receipt.matches("LPR-\\d{4}-\\d{6}"), receipt);
        assertFalse(browser.driver().getCurrentUrl().contains(code), "the code is in no address");
        assertEquals("12 Februari 2024", browser.find(By.id("batas-waktu")).getText().trim());
        assertEquals("terlambat", browser.find(By.id("ketepatan-waktu")).getText().trim());
        assertTrue(browser.find(By.id("berkas")).getText().contains(sha256(report)), browser.text());
        assertTrue(browser.find(By.id("berkas")).getText().contains("lampiran.pdf"));
        assertEquals(List.of(), browser.accessibilityProblems(), "/lapor/diterima");
        String statusLink = browser.find(By.id("tautan-status")).getAttribute("href");
        assertTrue(mailsTo(email, 1).get(0).getSubject().contains(receipt));

        // the unit's PIC (Layer 2 of DTU, which owns DAU): its queue, the report, returned with a reason
        login(HelpdeskAccounts.L2_USER, HelpdeskAccounts.l2Password(browser, portal));
        browser.open(portal.staffUrl("/lapor/antrian.xhtml"));
        browser.find(By.linkText(receipt)).click();
        browser.await(d -> !d.findElements(By.id("decide:giveBack")).isEmpty());
        assertTrue(browser.find(By.id("files")).getText().contains("laporan-dau-januari.pdf"));
        browser.type(By.id("decide:reason"), "Lampiran realisasi belum ditandatangani kepala BPKAD.");
        browser.clickAjax(By.id("decide:giveBack"));
        browser.await(d -> d.findElement(By.id("status")).getText().equals("Dikembalikan"));
        assertTrue(mailsTo(email, 2).get(1).getContent().toString().contains("belum ditandatangani"));

        // the region: the status page from the receipt's link, the correction on the same receipt
        browser.driver().manage().deleteAllCookies();
        browser.open(statusLink);
        browser.await(d -> !d.findElements(By.id("status-laporan")).isEmpty());
        assertEquals("Dikembalikan untuk diperbaiki", browser.find(By.id("status-laporan")).getText().trim());
        assertTrue(browser.find(By.id("alasan-pengembalian")).getText().contains("belum ditandatangani"));
        assertEquals(List.of(), browser.accessibilityProblems(), "/lapor/status returned");
        Path corrected = pdf("laporan-dau-januari-ttd.pdf", "Laporan DAU Januari 2024 ditandatangani " + email);
        browser.find(By.id("f-file")).sendKeys(corrected.toAbsolutePath().toString());
        browser.type(By.id("f-note"), "Sudah ditandatangani.");
        browser.clickAndWait(By.id("kirim-perbaikan"));
        assertTrue(browser.find(By.id("perbaikan-diterima")).getText().contains("Perbaikan diterima"), browser.text());
        assertEquals("Diterima, menunggu pemeriksaan unit", browser.find(By.id("status-laporan")).getText().trim());
        assertTrue(browser.find(By.id("berkas")).getText().contains(sha256(corrected)));
        assertTrue(browser.find(By.id("riwayat")).getText().contains("Perbaikan diterima"));

        // the PIC accepts the corrected version
        login(HelpdeskAccounts.L2_USER, HelpdeskAccounts.l2Password(browser, portal));
        browser.open(portal.staffUrl("/lapor/laporan.xhtml?nomor=" + receipt));
        assertTrue(browser.find(By.id("files")).getText().contains("laporan-dau-januari-ttd.pdf"), "every version's files");
        browser.clickAjax(By.id("decide:accept"));
        browser.await(d -> d.findElement(By.id("status")).getText().equals("Diterima unit"));

        // the region sees it accepted
        browser.driver().manage().deleteAllCookies();
        browser.open(portal.publicUrl("/lapor/status"));
        browser.type(By.id("nomor"), receipt.toLowerCase());
        browser.type(By.id("kode"), code.replace("-", " "));
        browser.clickAndWait(By.cssSelector("form.filters button[type=submit]"));
        assertEquals("Diterima unit", browser.find(By.id("status-laporan")).getText().trim());

        // the PIC's compliance matrix: the region's late report among every region, filtered by its state, and the CSV
        login(HelpdeskAccounts.L2_USER, HelpdeskAccounts.l2Password(browser, portal));
        browser.open(portal.staffUrl("/lapor/kepatuhan.xhtml?jenis=DAU&periode=2024-01&provinsi=32"));
        assertTrue(browser.find(By.id("matrixTitle")).getText().contains("2024-01"), browser.text());
        assertEquals("Batas waktu 12 Februari 2024 sudah lewat.", browser.find(By.id("deadline")).getText().trim());
        String row = browser.find(By.xpath("//tbody[@id='regions_data']/tr[td[1][normalize-space()='32.02']]")).getText();
        assertTrue(row.contains("Kabupaten Sukabumi") && row.contains("Terlambat") && row.contains(receipt), row);
        assertEquals(List.of(), browser.accessibilityProblems(), "/lapor/kepatuhan.xhtml");
        browser.selectMenu("filters:state", "Terlambat");
        browser.clickAndWait(By.id("filters:show"));
        assertTrue(browser.driver().getCurrentUrl().contains("status=LATE"), browser.driver().getCurrentUrl());
        for (var cell : browser.driver().findElements(By.xpath("//tbody[@id='regions_data']/tr/td[3]"))) {
            assertEquals("Terlambat", cell.getText().trim(), "only late regions");
        }
        java.net.http.HttpResponse<String> csv = HelpdeskApiIT.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                portal.staffUrl("/api/lapor/compliance.csv?type=DAU&period=2024-01")))
                .header("Authorization", HelpdeskApiIT.basic(HelpdeskAccounts.L2_USER)));
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("kepatuhan-DAU-2024-01.csv"));
        assertEquals(553, csv.body().lines().count(), "a header and every region");
        assertTrue(csv.body().lines().anyMatch(l -> l.startsWith("DAU,2024-01,2024-02-12,32.02,Kabupaten Sukabumi,KABUPATEN,32,LATE," + receipt)),
                csv.body().lines().filter(l -> l.contains("32.02")).toList().toString());
    }
}
