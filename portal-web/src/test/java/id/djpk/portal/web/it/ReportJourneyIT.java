package id.djpk.portal.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

/**
 * The monthly report journey of issue #6: the editor opens last month's draft (compiled from the demo data),
 * enters the social-media figures and the evaluation, submits and publishes; the public site lists the report,
 * shows its page and serves the PDF; the APIs give the same figures.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportJourneyIT extends BrowserTest {

    static final YearMonth MONTH = YearMonth.now(ZoneId.of("Asia/Jakarta")).minusMonths(1);
    static final String EVALUATION = "Layanan WhatsApp tetap paling diminati; jawaban Layer 2 perlu dipercepat.";
    static final String BLAST = "Sosialisasi Pembiayaan Kreatif Daerah";
    static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy");

    static JsonObject staffApi(String method, String path) throws Exception {
        HttpResponse<String> r = HelpdeskApiIT.send(HttpRequest.newBuilder(URI.create(portal.staffUrl(path)))
                .header("Authorization", HelpdeskApiIT.basic("editor"))
                .method(method, HttpRequest.BodyPublishers.noBody()));
        return Json.createObjectBuilder().add("status", r.statusCode())
                .add("body", r.body().startsWith("{") ? Json.createReader(new StringReader(r.body())).readObject()
                        : Json.createObjectBuilder().build()).build();
    }

    @Test
    @Order(1)
    void theEditorOpensTheDraftAndEntersTheFiguresOnlyPeopleKnow() throws Exception {
        PpidDeskIT.login("editor");
        assertEquals(1, browser.all(By.id("nav:menuReport")).size(), "the editor's menu leads to the reports");
        browser.open(portal.staffUrl("/laporan/daftar.xhtml"));
        assertEquals(List.of(), browser.accessibilityProblems(), "report list");
        browser.clickAndWait(By.id("openMonth"));
        assertTrue(browser.driver().getCurrentUrl().contains("bulan=" + MONTH), browser.driver().getCurrentUrl());
        assertTrue(browser.find(By.id("state")).getText().contains("Draf"), browser.text());

        // the page and the staff API show the same figures, compiled from the helpdesk's own count
        JsonObject api = staffApi("GET", "/api/reports/" + MONTH);
        assertEquals(200, api.getInt("status"));
        JsonObject report = api.getJsonObject("body");
        assertEquals("DRAFT", report.getString("state"));
        assertEquals(1, report.getInt("revision"));
        HttpResponse<String> helpdesk = HelpdeskApiIT.send(HttpRequest.newBuilder(URI.create(portal.staffUrl(
                "/api/stats/helpdesk?month=" + MONTH))).header("Authorization", HelpdeskApiIT.basic("editor")));
        // the report counts the office's "Tiket Konsultasi": the helpdesk's tickets of the five consultation channels
        JsonObject byChannel = Json.createReader(new StringReader(helpdesk.body())).readObject().getJsonObject("byChannel");
        long tickets = byChannel.keySet().stream().filter(id.djpk.portal.report.ReportChannels::isConsultation)
                .mapToLong(c -> byChannel.getJsonNumber(c).longValue()).sum();
        assertEquals(tickets, report.getJsonObject("tickets.total").getJsonNumber("value").longValue());
        for (String key : List.of("tickets.byChannel.WHATSAPP", "tickets.byCategory.PEMDA", "publications.total",
                "events.total", "ppid.received", "visits.total", "videoConferences.total")) {
            JsonObject f = report.getJsonObject(key);
            assertTrue(f.containsKey("value") && f.containsKey("previous") && f.containsKey("lastYear")
                    && f.containsKey("changeFromPrevious") && f.containsKey("changeFromLastYear"), key + " " + f);
        }
        assertTrue(report.getJsonObject("ppid.objections").containsKey("changeFromPrevious"), "objections with M−1, M−12");
        for (String key : List.of("tickets.serviceHours", "tickets.escalated", "tickets.ytd", "ppid.ytd", "visits.ytd",
                "ppid.averageWorkingDays", "ppid.objectionOutcomes", "ppid.trend")) {
            assertTrue(report.containsKey(key), key);
        }
        assertEquals(200, staffApi("POST", "/api/reports/" + MONTH + "/refresh").getInt("status"), "a draft refreshes");
        HttpResponse<String> draftPdf = HelpdeskApiIT.send(HttpRequest.newBuilder(URI.create(portal.staffUrl(
                "/api/reports/" + MONTH + "/pdf"))).header("Authorization", HelpdeskApiIT.basic("editor")));
        assertEquals(200, draftPdf.statusCode(), "the editors read a draft's PDF before publishing");
        assertTrue(browser.find(By.id("pdfPreview")).getAttribute("href").endsWith("/api/reports/" + MONTH + "/pdf"),
                "the page links the draft's PDF");
        assertEquals("application/pdf", draftPdf.headers().firstValue("Content-Type").orElse(""));
        assertTrue(draftPdf.body().startsWith("%PDF-"));
        assertEquals(404, HelpdeskApiIT.send(HttpRequest.newBuilder(URI.create(portal.staffUrl("/api/reports/2001-01/pdf")))
                .header("Authorization", HelpdeskApiIT.basic("editor"))).statusCode(), "no report, no PDF");
        assertTrue(browser.find(By.id("report:totals")).getText().contains("Tiket konsultasi"), browser.text());
        for (String table : List.of("report:channels", "report:categories", "report:topics", "report:units",
                "report:satisfaction", "report:kbReview", "report:publications", "report:visits", "report:conferences",
                "report:ppidFigures", "report:ppidDecided", "report:ppidTopics", "report:ppidObjections")) {
            assertEquals(1, browser.all(By.id(table)).size(), table);
        }
        assertEquals(5, browser.all(By.cssSelector("#channelSections tbody tr")).size(), browser.text());
        assertEquals(5, browser.all(By.cssSelector("#channelTrend tbody tr")).size());
        assertTrue(browser.text().contains("Baris HAI Kemenkeu mencakup tiket dari formulir \"Buat Tiket\""),
                "the report's note on the HAI line: " + browser.text());
        assertTrue(browser.text().contains("Tiket konsultasi adalah tiket WhatsApp, telepon, email, HAI Kemenkeu"),
                "the note on the office's counting: " + browser.text());
        assertEquals(List.of(), browser.accessibilityProblems(), "draft report");

        browser.type(By.id("report:social:0:posts_input"), "27"); // Instagram posts
        browser.type(By.id("report:social:1:posts_input"), "49"); // Twitter posts
        assertEquals("Informasi Anggaran Transfer ke Daerah", browser.find(By.cssSelector(
                "label[for='report:chatbot:0:entry_input']")).getText().trim(), "labels in the staff member's language");
        assertFalse(browser.text().contains("Transfers to regions"), "no English label on an Indonesian page");
        browser.type(By.id("report:chatbot:0:entry_input"), "161"); // Informasi Anggaran Transfer ke Daerah
        browser.type(By.id("report:chatbot:8:entry_input"), "40"); // Chat Agent: not among the chatbot's users
        browser.type(By.id("report:advocacy:0:entry_input"), "12637"); // Employee Advocacy: employees who took part
        browser.type(By.id("report:advocacy:1:entry_input"), "4167"); // and the target number of employees
        browser.clickAndWait(By.id("report:saveEntries"));
        assertTrue(browser.text().contains("Angka disimpan."), browser.text());
        assertEquals("Employee Advocacy: 12.637 pegawai berpartisipasi, 303,3% dari target 4.167 pegawai (tercapai).",
                browser.find(By.id("employeeAdvocacy")).getText().trim());
        String services = browser.find(By.id("serviceSections")).getText();
        assertTrue(services.contains("Pengguna chatbot (tanpa Chat Agent)") && services.contains("Video conference")
                && services.contains("Konsultasi tatap muka"), "the other services beside the consultation tickets: " + services);
        assertEquals(1, browser.all(By.id("complaintTopicsHeading")).size(), "complaints and grievances by region");
        assertEquals(List.of(), browser.accessibilityProblems(), "a page showing an info message");
        assertTrue(browser.text().contains("Diisi oleh Editor Laporan"), "the editor's display name: " + browser.text());
        JsonObject entered = staffApi("GET", "/api/reports/" + MONTH).getJsonObject("body");
        assertEquals(27, entered.getJsonObject("socialMedia.posts.INSTAGRAM").getInt("value"));
        assertEquals(38, entered.getJsonObject("socialMedia.averagePosts").getInt("value"), "the tile: (27 + 49) / 2");
        assertEquals(161, entered.getJsonObject("chatbot.users").getInt("value"), "the menus without Chat Agent");

        // Facebook's figures from Meta Business Suite's content export: two posts in the month, one the month after
        String mm = String.format("%02d", MONTH.getMonthValue());
        YearMonth next = MONTH.plusMonths(1);
        java.nio.file.Path export = java.nio.file.Files.createTempFile("konten-facebook", ".csv");
        java.nio.file.Files.writeString(export, "\uFEFF\"Post ID\",\"Page ID\",\"Page name\",Title,Description,\"Duration (sec)\","
                + "\"Publish time\",\"Caption type\",Permalink,\"Is crosspost\",\"Is share\",\"Post type\",Languages,"
                + "\"Custom labels\",\"Funded content status\",\"Data comment\",Date,Views,Reach,\"Reactions, Comments and Shares\","
                + "Reactions,Comments,Shares,\"Total clicks\"\n"
                + "3,1,DJPK,\"Berikutnya\",,0,\"" + String.format("%02d", next.getMonthValue()) + "/02/" + next.getYear()
                + " 08:00\",N/A,https://www.facebook.com/ditjenpk/posts/c,0,0,Photos,,,,,Lifetime,900,700,1,1,0,0,0\n"
                + "2,1,DJPK,\"Reels TKD\",,45,\"" + mm + "/15/" + MONTH.getYear() + " 13:30\",N/A,https://www.facebook.com/reel/2,"
                + "0,0,Reels,,,,,Lifetime,\"5,000\",\"3,400\",1,1,0,0,0\n"
                + "1,1,DJPK,\"Rapat DAK\",,0,\"" + mm + "/04/" + MONTH.getYear() + " 10:00\",N/A,https://www.facebook.com/ditjenpk/posts/a,"
                + "0,0,Photos,,,,,Lifetime,\"1,500\",\"1,200\",1,1,0,0,0\n");
        browser.present(By.cssSelector("#report\\:socialImport input[type=file]")).sendKeys(export.toAbsolutePath().toString());
        browser.await(d -> d.findElement(By.tagName("body")).getText().contains("Terbaca 2 angka media sosial dari konten-facebook"));
        JsonObject imported = staffApi("GET", "/api/reports/" + MONTH).getJsonObject("body");
        assertEquals(2, imported.getJsonObject("socialMedia.posts.FACEBOOK").getInt("value"));
        assertEquals(4_600, imported.getJsonObject("socialMedia.reach.FACEBOOK").getInt("value"));
        assertTrue(imported.getJsonObject("socialMedia.posts.FACEBOOK").getString("importedFrom").startsWith("Meta Business Suite: konten-facebook"));
        assertEquals(27, imported.getJsonObject("socialMedia.posts.INSTAGRAM").getInt("value"), "Instagram's typed posts stay");
        assertFalse(browser.all(By.cssSelector("#socialMedia tbody tr:nth-child(3) .imported")).isEmpty(),
                "the Facebook row marks its figures as read from the export");
        // a file that is no export is refused with the reason, in the page's language, and changes nothing
        java.nio.file.Path notExport = java.nio.file.Files.createTempFile("daftar", ".csv");
        java.nio.file.Files.writeString(notExport, "nama,nilai\nA,1\n");
        browser.present(By.cssSelector("#report\\:socialImport input[type=file]")).sendKeys(notExport.toAbsolutePath().toString());
        browser.await(d -> d.findElement(By.tagName("body")).getText().contains("Berkas ekspor media sosial tidak dapat dibaca"));
        assertEquals(2, staffApi("GET", "/api/reports/" + MONTH).getJsonObject("body").getJsonObject("socialMedia.posts.FACEBOOK")
                .getInt("value"));
        assertEquals(List.of(), browser.accessibilityProblems(), "the page after an export was read and one refused");

        // a blast: a date outside the month is refused, then one within it is listed and counted
        browser.type(By.id("report:blastDate_input"), MONTH.minusMonths(1).atDay(3).format(DAY));
        browser.type(By.id("report:blastSubject"), BLAST);
        browser.clickAndWait(By.id("report:addBlast"));
        assertTrue(browser.text().contains("Tanggal blast harus di dalam bulan"), browser.text());
        browser.type(By.id("report:blastDate_input"), MONTH.atDay(3).format(DAY));
        browser.type(By.id("report:blastSubject"), BLAST);
        browser.clickAndWait(By.id("report:addBlast"));
        assertTrue(browser.text().contains("Blast ditambahkan."), browser.text());
        assertTrue(browser.find(By.id("report:blasts")).getText().contains(BLAST), browser.text());
        JsonObject withBlast = staffApi("GET", "/api/reports/" + MONTH).getJsonObject("body");
        assertEquals(1, withBlast.getJsonObject("blasts.total").getInt("value"));
        assertEquals(BLAST, withBlast.getJsonArray("blasts.list").getJsonObject(0).getString("subject"));
        browser.open(portal.staffUrl("/laporan/laporan.xhtml?bulan=" + MONTH));
        assertEquals(List.of(), browser.accessibilityProblems(), "draft report with the entered figures and a blast");
    }

    @Test
    @Order(2)
    void theEditorWritesTheEvaluationSubmitsAndPublishes() throws Exception {
        browser.open(portal.staffUrl("/laporan/laporan.xhtml?bulan=" + MONTH));
        browser.clickAndWait(By.id("report:submit"));
        assertTrue(browser.text().contains("Tulis Evaluasi dan Saran"), "no review without the evaluation: " + browser.text());

        browser.type(By.id("report:evaluation"), EVALUATION);
        browser.clickAndWait(By.id("report:submit"));
        assertTrue(browser.find(By.id("state")).getText().contains("Sedang ditinjau"), browser.text());
        assertEquals(409, staffApi("POST", "/api/reports/" + MONTH + "/refresh").getInt("status"), "frozen in review");
        assertEquals(404, HelpdeskApiIT.send(HttpRequest.newBuilder(URI.create(portal.publicUrl("/api/reports/" + MONTH))))
                .statusCode(), "not public before it is published");

        // publishing runs in the background: the answer is a page with a progress bar naming the step under way;
        // one look at it as it came (the bar asks for its progress only 0,5 s after the page loaded)
        // asked first, with what goes public: "Tidak" leaves the report in review and off the public site
        String declined = browser.clickDeclined(By.id("report:publish"));
        assertTrue(declined.contains("akan diterbitkan untuk semua pembaca") && declined.contains("/laporan/" + MONTH), declined);
        assertTrue(browser.find(By.id("state")).getText().contains("Sedang ditinjau"), browser.text());
        assertEquals(404, HelpdeskApiIT.send(HttpRequest.newBuilder(URI.create(portal.publicUrl("/api/reports/" + MONTH))))
                .statusCode(), "not published without the confirmation");
        browser.clickConfirmed(By.id("report:publish"));
        // a loaded machine may be between two pages (the one with the bar, the published one) when it looks: it looks
        // again until it sees the bar or the published page
        Map<String, Object> shown = null;
        long looking = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < looking) {
            try {
                @SuppressWarnings("unchecked")
                Map<String, Object> look = (Map<String, Object>) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                        "var bar = document.getElementById('report:progress');"
                                + "var text = function (id) { var e = document.getElementById(id); return e ? e.textContent : ''; };"
                                + "return {role: bar ? bar.getAttribute('role') : '', label: bar ? bar.getAttribute('title') : '',"
                                + " building: text('building'), step: text('report:publishStep'), state: text('state'),"
                                + " buttons: document.querySelectorAll('[id=\"report:publish\"], [id=\"report:sendBack\"]').length};");
                shown = look;
            } catch (org.openqa.selenium.WebDriverException e) {
                shown = null; // the page is being replaced
            }
            if (shown != null && ("progressbar".equals(shown.get("role")) || shown.get("state").toString().contains("Terbit"))) {
                break;
            }
            Thread.sleep(50);
        }
        assertTrue(shown != null && ("progressbar".equals(shown.get("role")) || shown.get("state").toString().contains("Terbit")),
                "the bar or, when the run was quicker than the look, the published report: " + shown);
        if ("progressbar".equals(shown.get("role"))) {
            assertEquals("Kemajuan penerbitan laporan", shown.get("label"), "the bar's accessible name");
            assertTrue(shown.get("building").toString().contains("Menyusun PDF laporan")
                    && shown.get("building").toString().contains("dimulai oleh editor"), shown.toString());
            assertTrue(shown.get("step").toString().endsWith("…") || shown.get("step").equals("Selesai."), "the step: " + shown);
            assertEquals(0L, shown.get("buttons"), "no second publish while the PDF is built");
        }
        // while it runs the bar only moves forward
        List<Long> seen = new java.util.ArrayList<>();
        long until = System.currentTimeMillis() + 90_000;
        while (System.currentTimeMillis() < until) {
            Object now;
            try {
                now = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                        "var bar = document.getElementById('report:progress');"
                                + "return bar ? Number(bar.getAttribute('aria-valuenow')) : null;");
            } catch (org.openqa.selenium.WebDriverException e) {
                now = null; // the page is being replaced: the run has ended
            }
            if (now == null) {
                break;
            }
            if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(now)) {
                seen.add((Long) now);
            }
            Thread.sleep(50);
        }
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i) > seen.get(i - 1), "never back: " + seen);
        }
        // when it is done the page reloads, published, with the public page and the PDF
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(90))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("state")).getText().contains("Terbit"));
        assertTrue(browser.text().contains("Laporan diterbitkan."), browser.text());
        assertTrue(browser.all(By.id("report:progress")).isEmpty(), "the bar is gone");
        String pdfLink = browser.find(By.id("pdfLink")).getAttribute("href");
        assertEquals(portal.publicUrl("/laporan/" + MONTH + "/pdf"), pdfLink);
        assertEquals(portal.publicUrl("/laporan/" + MONTH), browser.find(By.id("publicLink")).getAttribute("href"));
        HttpResponse<byte[]> pdf = HTTP.send(HttpRequest.newBuilder(URI.create(pdfLink)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        browser.open(portal.staffUrl("/laporan/laporan.xhtml?bulan=" + MONTH));
        browser.open(portal.staffUrl("/laporan/laporan.xhtml?bulan=" + MONTH)); // the confirmation is kept for one more page
        assertEquals(List.of(), browser.accessibilityProblems(), "published report");
    }

    @Test
    @Order(3)
    void thePublicSiteListsTheReportShowsItAndServesThePdf() throws Exception {
        String title = "Laporan Layanan Informasi DJPK " + MONTH.getMonth().getDisplayName(java.time.format.TextStyle.FULL,
                java.util.Locale.forLanguageTag("id-ID")) + " " + MONTH.getYear();
        PublisherJourneyIT.publicWithin("/publikasi?jenis=laporan", b -> b.contains(title), "the report among the publications");
        PublisherJourneyIT.publicWithin("/laporan", b -> b.contains(title), "the report in the list of reports");

        browser.driver().manage().deleteAllCookies();
        browser.open(portal.publicUrl("/laporan/" + MONTH));
        String page = browser.text();
        assertTrue(page.contains(title), page);
        assertTrue(page.contains(EVALUATION), page);
        assertTrue(page.contains("Jumlah tiket konsultasi bulan"), page);
        assertTrue(page.contains("Baris HAI Kemenkeu mencakup tiket dari formulir \"Buat Tiket\""), "the note: " + page);
        assertTrue(page.contains("Eskalasi per unit Layer 2") && page.contains("Kepuasan layanan per agen"), page);
        assertTrue(browser.find(By.id("blasts")).getText().contains(BLAST), page);
        assertTrue(page.contains("Informasi Anggaran Transfer ke Daerah 161"), page);
        assertTrue(page.contains("Jumlah pengguna Chatbot (tanpa Chat Agent) bulan"), page);
        assertTrue(page.contains("Jumlah webinar/FGD bulan") && page.contains("Jumlah layanan PPID bulan"), "acronyms kept: " + page);
        assertTrue(page.contains("Tidak ada."), "an empty list says so, not a bare table header: " + page);
        assertTrue(browser.all(By.cssSelector("svg.report-chart[role=img]")).size() >= 3 + 5, "the charts, the PPID's and "
                + "the five channels' too");
        assertEquals(5, browser.all(By.cssSelector("#channelSections tbody tr")).size(), "one row per consultation channel");
        assertEquals(1 + 9, browser.all(By.cssSelector("#channelTrend thead th")).size(), "the channel and nine months");
        assertTrue(browser.find(By.id("employeeAdvocacy")).getText().contains("12.637 pegawai berpartisipasi, 303,3% dari target 4.167"), page);
        assertTrue(browser.find(By.id("serviceSections")).getText().contains("Pengguna chatbot (tanpa Chat Agent)"), page);
        assertEquals(1, browser.all(By.id("complaintTopicsHeading")).size(), page);
        assertTrue(browser.find(By.id("ppid")).getText().contains("Tanggapan atasan PPID atas keberatan"), browser.text());
        assertEquals(List.of(), browser.accessibilityProblems(), "public report page");

        HttpResponse<byte[]> pdf = HTTP.send(HttpRequest.newBuilder(URI.create(portal.publicUrl("/laporan/" + MONTH + "/pdf")))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        String text;
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertTrue(text.contains("LAPORAN LAYANAN INFORMASI DJPK") && text.contains(EVALUATION), text);
        assertTrue(text.contains(BLAST) && text.contains("Informasi Anggaran Transfer ke Daerah 161"), text);
        assertTrue(text.contains("Catatan: Baris HAI Kemenkeu mencakup tiket dari formulir"), "the note in the PDF: " + text);
        assertEquals(List.of("HAI_WITH_WEB_FORM", "CONSULTATION_ONLY"), Json.createReader(new StringReader(HelpdeskApiIT.send(HttpRequest.newBuilder(
                URI.create(portal.publicUrl("/api/reports/" + MONTH)))).body())).readObject().getJsonArray("notes")
                .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList(),
                "the note's code in the JSON");

        HttpResponse<String> json = HelpdeskApiIT.send(HttpRequest.newBuilder(URI.create(portal.publicUrl("/api/reports/" + MONTH))));
        assertEquals(200, json.statusCode());
        JsonObject published = Json.createReader(new StringReader(json.body())).readObject();
        assertEquals("PUBLISHED", published.getString("state"));
        assertEquals(49, published.getJsonObject("socialMedia.posts.TWITTER").getInt("value"));
        assertEquals(161, published.getJsonObject("chatbot.menu.TKD").getInt("value"));
        assertEquals(1, published.getJsonObject("blasts.total").getInt("value"));
        // staff by display name, no usernames and no enteredBy on the public report (JSON of the API and the page, CSV)
        assertFalse(json.body().contains("enteredBy"), json.body());
        assertTrue(published.getJsonObject("tickets.satisfaction").keySet().stream()
                .noneMatch(name -> name.equals("agent") || name.startsWith("agent-")), published.getJsonObject("tickets.satisfaction").toString());
        // the month's average satisfaction against the target, on the public page when anyone rated
        JsonObject average = published.getJsonObject("tickets.satisfactionAverage");
        assertEquals(3.5, average.getJsonNumber("target").doubleValue());
        browser.open(portal.publicUrl("/laporan/" + MONTH));
        assertEquals(6, published.getJsonArray("website.trend").size(), "the website's last six months");
        assertFalse(browser.all(By.cssSelector("#websiteChart svg")).isEmpty(), "the website's chart");
        if (average.isNull("value")) {
            assertTrue(browser.all(By.id("satisfactionAverage")).isEmpty(), "nobody rated: no average");
        } else {
            String shown = browser.find(By.id("satisfactionAverage")).getText();
            assertTrue(shown.startsWith("Rata-rata nilai kepuasan") && shown.contains("target 3,5"), shown);
        }
        String pageJson = HelpdeskApiIT.send(HttpRequest.newBuilder(URI.create(portal.publicUrl("/laporan/" + MONTH + "/json")))).body();
        assertFalse(pageJson.contains("enteredBy") || pageJson.contains("\"editor\""), pageJson);
        String csv = HelpdeskApiIT.send(HttpRequest.newBuilder(URI.create(portal.publicUrl("/laporan/" + MONTH + "/csv")))).body();
        assertFalse(csv.contains("editor") || csv.contains("Editor Laporan"), csv);
        assertTrue(HelpdeskApiIT.send(HttpRequest.newBuilder(URI.create(portal.publicUrl("/laporan/" + MONTH + "/csv"))))
                .body().contains("socialMedia.posts.INSTAGRAM,27,"));
        assertEquals(404, HelpdeskApiIT.send(HttpRequest.newBuilder(URI.create(portal.publicUrl("/api/reports/"
                + MONTH.minusMonths(30))))).statusCode(), "a month without a published report");
    }
}
