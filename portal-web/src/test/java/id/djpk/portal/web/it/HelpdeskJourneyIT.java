package id.djpk.portal.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The contact center's journey: the public files a ticket → an agent escalates it to DTU → DTU drafts the
 * answer → the agent sends it and closes the ticket → the requester reads the answer and rates it → the
 * figures page and the JSON figures show the rating.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HelpdeskJourneyIT extends BrowserTest {

    static final String DRAFT = "Rincian alokasi DAU Kota Bandung 2026 tercantum dalam lampiran Perpres rincian APBN.";
    static String number;
    static String ticketLink;
    static String surveyLink;

    /** Every staff page the journey opens is checked in full (the template's menubar holds menu items only). */
    static List<String> staffPageProblems() {
        return browser.accessibilityProblems();
    }

    /** Signs in and waits for the page after the login form (by address, not by the old page going stale). */
    static void login(String user) {
        String password = user.equals(HelpdeskAccounts.L2_USER) ? HelpdeskAccounts.l2Password(browser, portal)
                : PortalServer.DEMO_PASSWORD;
        browser.driver().manage().deleteAllCookies();
        browser.open(portal.staffUrl("/login.xhtml"));
        browser.type(By.id("login:username"), user);
        browser.type(By.id("login:password"), password);
        browser.find(By.id("login:submit")).click();
        browser.await(d -> d.getCurrentUrl().contains("login.xhtml") ? null : Boolean.TRUE);
        browser.awaitAjax();
    }

    static String ticketPage(String folder) {
        return portal.staffUrl("/helpdesk/" + folder + "tiket.xhtml?nomor=" + number);
    }

    @Test
    @Order(1)
    void thePublicFilesATicket() {
        browser.driver().manage().deleteAllCookies();
        browser.open(portal.publicUrl("/tiket/baru"));
        assertEquals(List.of(), browser.accessibilityProblems(), "/tiket/baru");
        browser.clickAndWait(By.id("kirim-tiket"));
        String errors = browser.find(By.id("kesalahan")).getText();
        assertTrue(errors.contains("Email") && errors.contains("Subjek") && errors.contains("Pesan"), errors);
        assertEquals(List.of(), browser.accessibilityProblems(), "form with errors");

        browser.type(By.id("t-name"), "Rina Marlina");
        browser.type(By.id("t-email"), "rina.journey@example.go.id");
        browser.type(By.id("t-institution"), "BPKAD Kota Bandung");
        browser.type(By.id("t-region_code"), "Kota Bandung"); // the region picker: a typed name is taken as its code
        browser.type(By.id("t-subject"), "Rincian alokasi DAU 2026");
        browser.type(By.id("t-message"), "Mohon informasi rincian alokasi DAU Kota Bandung tahun 2026.");
        browser.find(By.id("t-consent")).click();
        browser.clickAndWait(By.id("kirim-tiket"));
        number = browser.find(By.id("nomor-tiket")).getText();
        assertTrue(number.matches("TIK-\\d{4}-\\d{6}"), number);
        String code = browser.find(By.id("kode-akses")).getText().trim();
        assertTrue(code.matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){3}"), code);
        assertEquals(List.of(), browser.accessibilityProblems(), "receipt");
        ticketLink = browser.find(By.id("tautan-tiket")).getAttribute("href");
        assertTrue(ticketLink.endsWith("?nomor=" + number + "#kode=" + code), ticketLink);
        browser.open(ticketLink);
        assertTrue(browser.find(By.id("percakapan")).getText().contains("rincian alokasi DAU Kota Bandung"));
        assertFalse(browser.driver().getCurrentUrl().contains(code), browser.driver().getCurrentUrl());
        assertEquals(List.of(), browser.accessibilityProblems(), "ticket page");

        // later, without the e-mail: "Lihat tiket" from the ticket form, number and code typed as read out
        browser.open(portal.publicUrl("/tiket/baru"));
        browser.find(By.id("tautan-lihat-tiket")).click();
        browser.await(d -> !d.findElements(By.id("lihat-tiket")).isEmpty());
        assertEquals(List.of(), browser.accessibilityProblems(), "Lihat tiket");
        browser.type(By.id("nomor"), number);
        browser.type(By.id("kode"), code.toLowerCase().replace("-", " "));
        browser.clickAndWait(By.cssSelector("#lihat-tiket button[type=submit]"));
        assertTrue(browser.find(By.id("percakapan")).getText().contains("rincian alokasi DAU Kota Bandung"), browser.text());
    }

    @Test
    @Order(2)
    void anAgentEscalatesToDtu() {
        login("agent");
        browser.open(portal.staffUrl("/helpdesk/antrian.xhtml"));
        assertTrue(browser.find(By.id("queueForm:tickets")).getText().contains(number), "the unassigned queue shows it");
        String report = browser.find(By.cssSelector("#queueForm\\:tickets .ui-paginator-current")).getText();
        assertTrue(report.matches("1–\\d+ / [1-9]\\d*"), "the database counts the queue: " + report);
        assertEquals(List.of(), staffPageProblems(), "queue");
        browser.open(ticketPage(""));
        assertTrue(browser.find(By.id("serviceHours")).getText().contains("WIB"));
        assertEquals(List.of(), staffPageProblems(), "ticket");
        new Select(browser.find(By.id("escalate:unit"))).selectByValue("DTU");
        browser.type(By.id("escalate:summary"), "Minta rincian alokasi DAU Kota Bandung 2026");
        browser.clickAndWait(By.id("escalate:save"));
        assertEquals("Menunggu Layer 2", browser.find(By.id("status")).getText());
        assertTrue(browser.find(By.id("callbackDue")).getText().matches("(?s).*\\d{4}.*"), "the callback deadline is shown");
    }

    @Test
    @Order(3)
    void dtuDraftsTheAnswer() {
        login(HelpdeskAccounts.L2_USER);
        browser.open(portal.staffUrl("/helpdesk/l2/antrian.xhtml"));
        assertTrue(browser.find(By.id("queueForm:tickets")).getText().contains(number), "the unit's queue shows it");
        assertEquals(List.of(), staffPageProblems(), "L2 queue");
        browser.open(ticketPage("l2/"));
        assertEquals(List.of(), staffPageProblems(), "L2 ticket");
        browser.type(By.id("draft:text"), DRAFT);
        browser.clickAndWait(By.id("draft:save"));
        assertTrue(browser.find(By.id("l2Answered")).getText().contains("120"), "drafted the same day: score 120");
        browser.open(portal.staffUrl("/helpdesk/antrian.xhtml"));
        assertTrue(browser.text().contains("Akses ditolak"), "Layer 2 does not see the agents' queues");
    }

    @Test
    @Order(4)
    void theAgentSendsTheDraftAndCloses() {
        login("agent");
        browser.open(ticketPage(""));
        browser.clickAjax(By.id("reply:useDraft"));
        assertEquals(DRAFT, browser.find(By.id("reply:text")).getAttribute("value"));
        browser.type(By.id("reply:text"), DRAFT + " Terima kasih.");
        browser.clickAndWait(By.id("reply:send"));
        assertEquals("Dijawab", browser.find(By.id("status")).getText());
        browser.clickAndWait(By.id("state:close"));
        assertEquals("Ditutup", browser.find(By.id("status")).getText());
        Matcher m = Pattern.compile("(http\\S+/tiket/survei#kode=[0-9A-Z-]+)").matcher(browser.text());
        assertTrue(m.find(), browser.text());
        surveyLink = m.group(1);
    }

    @Test
    @Order(5)
    void theRequesterReadsTheAnswerAndRatesIt() {
        browser.driver().manage().deleteAllCookies();
        browser.open(ticketLink);
        assertTrue(browser.find(By.id("percakapan")).getText().contains(DRAFT), "the answer reaches the requester");
        browser.open(surveyLink);
        browser.await(d -> !d.findElements(By.id("service-5")).isEmpty());
        assertEquals(List.of(), browser.accessibilityProblems(), "survey");
        browser.find(By.id("service-5")).click();
        browser.find(By.id("answer-4")).click();
        browser.type(By.id("s-comment"), "Jawaban jelas dan cepat.");
        browser.clickAndWait(By.id("kirim-survei"));
        assertNotNull(browser.find(By.id("terima-kasih")));
        browser.open(surveyLink);
        assertNotNull(browser.find(By.id("survei-tidak-berlaku")), "one use");
    }

    @Test
    @Order(6)
    void theFiguresShowIt() throws Exception {
        login("agent");
        String month = YearMonth.now(ZoneId.of("Asia/Jakarta")).toString();
        browser.open(portal.staffUrl("/helpdesk/statistik/angka.xhtml?bulan=" + month));
        String satisfaction = browser.find(By.id("satisfaction")).getText();
        assertTrue(browser.find(By.id("units")).getText().contains("DTU"));
        assertEquals(List.of(), staffPageProblems(), "figures");

        HttpResponse<String> json = HTTP.send(HttpRequest.newBuilder(
                        URI.create(portal.staffUrl("/api/stats/helpdesk?month=" + month)))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("agent:" + PortalServer.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, json.statusCode(), json.body());
        for (String key : List.of("\"total\"", "\"byChannel\"", "\"byCategory\"", "\"byTopic\"", "\"serviceHours\"",
                "\"WIB\"", "\"WITA\"", "\"WIT\"", "\"unidentified\"", "\"escalated\"", "\"outsideHoursEscalated\"",
                "\"l2Units\"", "\"averageScore\"", "\"topPemda\"", "\"satisfaction\"", "\"distinctRequesters\"",
                "\"kbNeedingReview\"")) {
            assertTrue(json.body().contains(key), key + " in " + json.body());
        }
        // the requester's 5 and 4 are this month's only ratings of the agent unless another class rated it before
        jakarta.json.JsonObject agent = jakarta.json.Json.createReader(new java.io.StringReader(json.body())).readObject()
                .getJsonObject("satisfaction").getJsonObject("agent");
        assertNotNull(agent, json.body());
        int ratings = agent.getInt("ratings");
        assertTrue(ratings >= 1, agent.toString());
        if (ratings == 1) {
            assertEquals(jakarta.json.Json.createReader(new java.io.StringReader(
                    "{\"service\":5.0,\"answer\":4.0,\"ratings\":1,\"distinctRequesters\":1}")).readObject(), agent);
        }
        // the page shows the same averages, written the Indonesian way (two decimals after a comma)
        Matcher row = Pattern.compile("(?m)^agent (\\d),(\\d\\d) (\\d),(\\d\\d) ").matcher(satisfaction);
        assertTrue(row.find(), satisfaction);
        assertEquals(agent.getJsonNumber("service").doubleValue(), Double.parseDouble(row.group(1) + "." + row.group(2)), 0.0051, satisfaction);
        assertEquals(agent.getJsonNumber("answer").doubleValue(), Double.parseDouble(row.group(3) + "." + row.group(4)), 0.0051, satisfaction);
    }

    @Test
    @Order(7)
    void theOtherHelpdeskPagesAreAccessible() {
        login("agent");
        for (String page : List.of("/helpdesk/catat.xhtml", "/helpdesk/kb/pengetahuan.xhtml", "/helpdesk/impor.xhtml")) {
            browser.open(portal.staffUrl(page));
            assertEquals(List.of(), staffPageProblems(), page);
        }
        browser.driver().manage().deleteAllCookies();
        browser.open(portal.publicUrl("/faq?q=penyaluran+DAU"));
        assertTrue(browser.find(By.id("faq-hasil")).getText().contains("DAU"), "the demo FAQ answers");
        assertEquals(List.of(), browser.accessibilityProblems(), "/faq");
    }

    @Test
    @Order(8)
    void theFormsConsentIsRecordedWithTheCheckboxText() {
        // step 1 ticked "Saya bersedia menerima pengumuman …": the administrator sees the change with the words shown
        login("admin");
        browser.open(portal.staffUrl("/admin/whatsapp.xhtml"));
        String consent = browser.find(By.id("consent")).getText();
        assertTrue(consent.contains("rina.journey@example.go.id"), consent);
        assertTrue(consent.contains("kotak centang pengumuman di formulir web"), consent);
        assertTrue(consent.contains("Saya bersedia menerima pengumuman dari DJPK (undangan, peraturan baru, survei) melalui email."),
                consent);
    }
}
