package id.djpk.portal.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
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
 * the status page, the PIC accepts it, and the region sees it accepted. During the change-over a report e-mailed to
 * the lapor mailbox waits on "Email Lapor masuk" until an agent classifies it.
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

    /** A PDF of {@code megabytes} MB: a real one-page PDF padded with zeros, written in a temporary folder. */
    static Path largePdf(String name, int megabytes) throws Exception {
        Path file = pdf(name, "Laporan hasil pindai " + name);
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(megabytes * 1024L * 1024);
        }
        return file;
    }

    @Test
    void aFileJustOverFiftyMegabytesIsRefusedBesideItsFieldAndTheTypedFieldsStay() throws Exception {
        String email = "bpkad-besar-" + System.nanoTime() + "@cianjurkab.go.id";
        String queue = "/lapor?region=32.03&type=DAU&period=2024-03";
        int queued = LaporApiIT.json(LaporApiIT.staff("GET", queue, null, "agent")).getInt("total");
        long stored = InputLimitsIT.storedFiles();
        Path scan = largePdf("laporan-dau-maret-pindaian.pdf", 51);
        try {
            browser.driver().manage().deleteAllCookies();
            browser.open(portal.publicUrl("/lapor"));
            browser.type(By.id("f-region_code"), "32.03");
            browser.type(By.id("f-institution"), "BPKAD Kabupaten Cianjur");
            browser.type(By.id("f-name"), "Rudi Hartono");
            browser.type(By.id("f-email"), email);
            browser.type(By.id("f-phone"), "0263 261 001");
            new Select(browser.find(By.id("f-report_type"))).selectByValue("DAU");
            browser.type(By.id("f-period"), "2024-03");
            browser.find(By.id("f-file")).sendKeys(scan.toAbsolutePath().toString());
            browser.type(By.id("f-note"), "Hasil pindai laporan bulan Maret.");
            browser.clickAndWait(By.cssSelector("form.lapor-form button[type=submit]"));

            // the form again, the file refused beside its field in Indonesian, everything typed still there
            assertTrue(browser.driver().findElements(By.id("nomor-tanda-terima")).isEmpty(), "no receipt: " + browser.text());
            String refusal = browser.find(By.id("f-file-error")).getText();
            assertTrue(refusal.contains("laporan-dau-maret-pindaian.pdf") && refusal.contains("melebihi batas 50 MB"), refusal);
            assertTrue(browser.find(By.id("kesalahan")).getText().contains("melebihi batas 50 MB"), browser.text());
            assertEquals("32.03", browser.find(By.id("f-region_code")).getAttribute("value"));
            assertEquals("BPKAD Kabupaten Cianjur", browser.find(By.id("f-institution")).getAttribute("value"));
            assertEquals("Rudi Hartono", browser.find(By.id("f-name")).getAttribute("value"));
            assertEquals(email, browser.find(By.id("f-email")).getAttribute("value"));
            assertEquals("0263 261 001", browser.find(By.id("f-phone")).getAttribute("value"));
            assertEquals("DAU", new Select(browser.find(By.id("f-report_type"))).getFirstSelectedOption().getAttribute("value"));
            assertEquals("2024-03", browser.find(By.id("f-period")).getAttribute("value"));
            assertEquals("Hasil pindai laporan bulan Maret.", browser.find(By.id("f-note")).getAttribute("value"));
            assertEquals(List.of(), browser.accessibilityProblems(), "/lapor with the file refused");
        } finally {
            Files.deleteIfExists(scan);
        }

        // nothing stored: no submission in the unit's queue, no file kept, no upload left in the spool, no receipt sent
        assertEquals(queued, LaporApiIT.json(LaporApiIT.staff("GET", queue, null, "agent")).getInt("total"));
        assertEquals(stored, InputLimitsIT.storedFiles(), "no file stored");
        assertEquals(0, InputLimitsIT.spooledFiles(), "no spooled upload left behind");
        assertTrue(java.util.Arrays.stream(portal.smtp().getReceivedMessages()).noneMatch(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(email);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }), "no receipt e-mailed");
    }

    @Test
    void anAgentClassifiesAReportEmailedDuringTheChangeOver() throws Exception {
        long n = System.nanoTime() % 1_000_000;
        String sender = "bpkad-" + n + "@sintangkab.go.id";
        String subject = "Laporan DAU Mei 2024 Kab. Sintang " + n;
        MimeMessage m = new MimeMessage(EmailJourneyIT.session());
        m.setFrom(new InternetAddress(sender, "BPKAD Kab. Sintang"));
        m.setRecipient(Message.RecipientType.TO, new InternetAddress(PortalServer.LAPOR_MAILBOX));
        m.setSubject(subject, "UTF-8");
        MimeMultipart parts = new MimeMultipart();
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Terlampir laporan DAU bulan Mei 2024.", "UTF-8");
        parts.addBodyPart(text);
        MimeBodyPart pdf = new MimeBodyPart();
        pdf.setDataHandler(new DataHandler(new ByteArrayDataSource(TestPdf.withText("Laporan DAU Mei 2024 Sintang " + n),
                "application/pdf")));
        pdf.setFileName("laporan-dau-mei-2024.pdf");
        parts.addBodyPart(pdf);
        m.setContent(parts);
        Transport.send(m);

        HelpdeskJourneyIT.login("agent");
        assertTrue(openUntilShown("/lapor/surel.xhtml", "emails", subject), "the lapor mailbox's message waits to be classified");
        String row = browser.find(By.xpath("//tr[contains(., '" + subject + "')]")).getText();
        assertTrue(row.contains("laporan-dau-mei-2024.pdf") && row.contains("Perlu diklasifikasi"), row);
        assertEquals(List.of(), browser.accessibilityProblems(), "Email Lapor masuk");
        browser.find(By.xpath("//tr[contains(., '" + subject + "')]//a")).click();
        browser.await(d -> !d.findElements(By.id("form:submit")).isEmpty());
        assertEquals("Kabupaten Sintang", browser.find(By.id("form:region_input")).getAttribute("value"), "the guessed region");
        assertEquals("DAU", new Select(browser.find(By.id("form:type"))).getFirstSelectedOption().getAttribute("value"));
        assertEquals("2024-05", browser.find(By.id("form:period")).getAttribute("value"));
        assertEquals(sender, browser.find(By.id("form:email")).getAttribute("value"));
        assertEquals("BPKAD Kab. Sintang", browser.find(By.id("form:institution")).getAttribute("value"));
        assertTrue(browser.find(By.id("attachments")).findElement(By.linkText("laporan-dau-mei-2024.pdf")).getAttribute("href")
                .contains("/portal/lapor/surel-berkas?surel="), "the file opens before classifying");
        assertEquals(List.of(), browser.accessibilityProblems(), "the classification form");

        // a period of another kind: the field says so and nothing is recorded
        browser.type(By.id("form:period"), "2024-Q2");
        browser.clickAndWait(By.id("form:submit"));
        assertTrue(browser.find(By.id("form:period")).findElement(By.xpath("following::*[contains(@class,'ui-message')][1]"))
                .getText().contains("2024-05"), browser.text());
        browser.type(By.id("form:period"), "2024-05");
        browser.clickAndWait(By.id("form:submit"));
        String done = browser.text();
        java.util.regex.Matcher receipt = java.util.regex.Pattern.compile("LPR-\\d{4}-\\d{6}").matcher(done);
        assertTrue(receipt.find() && done.contains("dicatat sebagai laporan"), done);
        assertFalse(browser.find(By.id("emails")).getText().contains(subject), "it no longer waits");
        MimeMessage sent = mailsTo(sender, 1).get(0);
        assertTrue(sent.getSubject().contains(receipt.group()), sent.getSubject());
        String body = sent.getContent() instanceof MimeMultipart mp ? mp.getBodyPart(0).getContent().toString() : sent.getContent().toString();
        assertTrue(body.contains("melalui surel") && body.contains("/lapor"), "the pointer to the form: " + body);
    }
}
