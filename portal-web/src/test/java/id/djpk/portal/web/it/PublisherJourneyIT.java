package id.djpk.portal.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

/**
 * A publisher logs in, creates a regulation with its legal metadata and a PDF, publishes it; the
 * public site lists it, finds it by a stemmed word, shows it in the feeds; after withdrawal it is
 * gone from the list, the feeds and search.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublisherJourneyIT extends BrowserTest {

    /** What a publisher publishes appears on the public site within this bound (issue #2). */
    static final Duration PUBLIC_WITHIN = Duration.ofSeconds(5);

    static final int NUMBER = 700 + (int) (System.currentTimeMillis() % 200);
    static final String TITLE = "PMK Nomor " + NUMBER + " Tahun 2024 tentang Penjadwalan Dana Kelurahan";
    static String editUrl;
    static String publicPath;

    static void login(String user, String password) {
        browser.open(portal.staffUrl("/login.xhtml"));
        browser.type(By.id("login:username"), user);
        browser.type(By.id("login:password"), password);
        browser.clickAndWait(By.id("login:submit"));
    }

    static void logout() {
        browser.driver().manage().deleteAllCookies();
    }

    static void fillRegulation(String title, String number) {
        browser.open(portal.staffUrl("/publikasi/ubah.xhtml?jenis=PERATURAN"));
        browser.type(By.id("form:title"), title);
        browser.type(By.id("form:regKind"), "Peraturan Menteri Keuangan");
        browser.type(By.id("form:regAbbrev"), "PMK");
        browser.type(By.id("form:regNumber"), number);
        browser.type(By.id("form:regYear_input"), "2024");
        browser.type(By.id("form:regAbout"), "Penjadwalan Dana Kelurahan");
        browser.type(By.id("form:regEnacted_input"), "04-03-2024");
        browser.find(By.tagName("h1")).click();
    }

    static HttpResponse<String> get(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Polls a public URL until the body satisfies the condition; fails after the bound. */
    static void publicWithin(String path, Predicate<String> condition, String what) {
        long deadline = System.nanoTime() + PUBLIC_WITHIN.toNanos();
        String body = "";
        while (System.nanoTime() < deadline) {
            body = get(portal.publicUrl(path)).body();
            if (condition.test(body)) {
                return;
            }
            PortalServer.sleep(200);
        }
        throw new AssertionError(what + " not seen on " + path + " within " + PUBLIC_WITHIN.toSeconds() + " s");
    }

    @Test
    @Order(1)
    void publisherCreatesARegulationWithAPdf() throws IOException {
        login("publisher", PortalServer.DEMO_PASSWORD);
        fillRegulation(TITLE, Integer.toString(NUMBER));
        browser.clickAndWait(By.id("form:save"));
        browser.await(d -> d.getCurrentUrl().contains("id="));
        assertTrue(browser.text().contains("Publikasi disimpan."));
        editUrl = browser.driver().getCurrentUrl();

        Path pdf = Path.of("target", "it-penjadwalan.pdf").toAbsolutePath();
        Files.write(pdf, TestPdf.withText("Lampiran penjadwalan dana kelurahan tahun 2024"));
        browser.present(By.cssSelector("#files input[type=file]")).sendKeys(pdf.toString());
        browser.await(d -> d.findElement(By.id("files:fileTable")).getText().contains("it-penjadwalan.pdf"));
        assertTrue(browser.find(By.id("files:fileTable")).getText().contains("application/pdf"));
        browser.screenshot("publisher-edit-regulation");
    }

    @Test
    @Order(2)
    void aFakePdfIsRefusedWithAClearMessage() throws IOException {
        browser.open(editUrl);
        Path fake = Path.of("target", "it-palsu.pdf").toAbsolutePath();
        Files.writeString(fake, "<html>ini bukan PDF</html>");
        browser.present(By.cssSelector("#files input[type=file]")).sendKeys(fake.toString());
        browser.await(d -> d.findElement(By.id("files:fileMessages")).getText().contains("bukan PDF yang sah"));
        assertFalse(browser.find(By.id("files:fileTable")).getText().contains("it-palsu.pdf"));
    }

    @Test
    @Order(3)
    void badMetadataGetsMessagesAndChangesNothing() {
        fillRegulation("<script>alert('x')</script>", Integer.toString(NUMBER));
        browser.clickAndWait(By.id("form:save"));
        browser.await(d -> d.findElement(By.tagName("body")).getText().contains("Tidak boleh berisi tag HTML"));
        assertTrue(browser.driver().getPageSource().contains("&lt;script&gt;") || !browser.driver().getPageSource().contains("<script>alert"),
                "the title is shown escaped");
        fillRegulation("PMK duplikat", Integer.toString(NUMBER));
        browser.clickAndWait(By.id("form:save"));
        browser.await(d -> d.findElement(By.tagName("body")).getText().contains("PMK Nomor " + NUMBER + " Tahun 2024 sudah ada di portal"));
        fillRegulation("PMK tanpa nomor", "");
        browser.clickAndWait(By.id("form:save"));
        browser.await(d -> d.findElement(By.tagName("body")).getText().contains("Nomor peraturan wajib diisi"));
        var api = HTTP_AS("publisher", "/api/publications?type=PERATURAN&size=200");
        assertFalse(api.contains("PMK duplikat") || api.contains("PMK tanpa nomor") || api.contains("alert("));
    }

    @Test
    @Order(4)
    void publishedRegulationAppearsOnThePublicSite() {
        // another publication's page, kept in the page cache (an address is kept from its second request on)
        browser.open(portal.publicUrl("/publikasi?jenis=berita"));
        String otherPage = browser.find(By.cssSelector("article.pub-item a.pub-title")).getAttribute("href").replaceFirst("^https?://[^/]+", "");
        get(portal.publicUrl(otherPage));
        get(portal.publicUrl(otherPage));
        assertEquals("HIT", get(portal.publicUrl(otherPage)).headers().firstValue("X-Page-Cache").orElse(""), otherPage);
        browser.open(editUrl);
        // asked first, with what is published: "Tidak" leaves the draft a draft
        String declined = browser.clickDeclined(By.id("workflow:publish"));
        assertTrue(declined.contains("Peraturan \u201c" + TITLE + "\u201d akan tampil di situs publik"), declined);
        assertEquals("Draf", browser.find(By.id("pubState")).getText().trim(), "still a draft");
        assertFalse(HTTP_AS("publisher", "/api/publications?type=PERATURAN&status=PUBLISHED&size=200").contains(TITLE), "not published");
        browser.clickConfirmed(By.id("workflow:publish"));
        browser.await(d -> d.findElement(By.tagName("body")).getText().contains("Publikasi diterbitkan."));
        publicWithin("/publikasi?jenis=peraturan", b -> b.contains(TITLE), "the new regulation in the listing");
        // the publish emptied the lists, not the pages of the publications it did not touch
        assertEquals("HIT", get(portal.publicUrl(otherPage)).headers().firstValue("X-Page-Cache").orElse(""),
                otherPage + " after an unrelated publish");
        publicPath = browser.find(By.linkText("Lihat di situs publik")).getAttribute("href").replaceFirst("^https?://[^/]+", "");

        browser.open(portal.publicUrl("/publikasi?jenis=peraturan"));
        assertTrue(browser.all(By.cssSelector("article.pub-item a.pub-title")).stream().anyMatch(a -> a.getText().equals(TITLE)));
        browser.open(portal.publicUrl(publicPath));
        String detail = browser.text();
        assertTrue(detail.contains(TITLE));
        assertTrue(detail.contains("Peraturan Menteri Keuangan"));
        assertTrue(detail.contains("4 Maret 2024"), "Indonesian date format");
        assertTrue(detail.contains("it-penjadwalan.pdf"));
        browser.screenshot("public-regulation-detail");
    }

    @Test
    @Order(5)
    void searchFindsItByAStemmedWordAndTheFeedsCarryIt() {
        publicWithin("/cari?q=lurah", b -> b.contains(TITLE), "search result for 'lurah' (Kelurahan)");
        browser.open(portal.publicUrl("/"));
        browser.type(By.id("q"), "penjadwalan kelurahan");
        browser.find(By.id("q")).submit();
        browser.await(d -> d.getCurrentUrl().contains("/cari"));
        assertTrue(browser.all(By.cssSelector("article.pub-item a.pub-title")).stream().anyMatch(a -> a.getText().equals(TITLE)));
        assertTrue(get(portal.publicUrl("/feed.atom")).body().contains(TITLE));
        assertTrue(get(portal.publicUrl("/api/jdihn")).body().contains("\"noPeraturan\":\"" + NUMBER + "\""));
        assertTrue(get(portal.publicUrl("/sitemap.xml")).body().contains(publicPath));
    }

    @Test
    @Order(6)
    void afterWithdrawalItIsGoneFromListFeedsAndSearch() {
        // its page kept in the page cache before the withdrawal: the withdrawal takes it out
        get(portal.publicUrl(publicPath));
        assertEquals(200, get(portal.publicUrl(publicPath)).statusCode());
        assertEquals("HIT", get(portal.publicUrl(publicPath)).headers().firstValue("X-Page-Cache").orElse(""), publicPath);
        browser.open(editUrl);
        browser.type(By.id("workflow:reason"), "Salah unggah, diganti versi final");
        browser.clickAndWait(By.id("workflow:withdraw"));
        browser.await(d -> d.findElement(By.tagName("body")).getText().contains("Publikasi ditarik dari situs publik."));
        publicWithin("/publikasi?jenis=peraturan", b -> !b.contains(TITLE), "withdrawal from the listing");
        publicWithin("/cari?q=lurah", b -> !b.contains(TITLE), "withdrawal from search");
        assertFalse(get(portal.publicUrl("/feed.atom")).body().contains(TITLE));
        assertFalse(get(portal.publicUrl("/api/jdihn")).body().contains("\"noPeraturan\":\"" + NUMBER + "\""));
        assertEquals(404, get(portal.publicUrl(publicPath)).statusCode());
        browser.open(editUrl);
        assertTrue(browser.text().contains("Salah unggah, diganti versi final"), "the archive keeps who, when and why");
        logout();
    }

    static String HTTP_AS(String user, String path) {
        String auth = java.util.Base64.getEncoder().encodeToString((user + ":" + PortalServer.DEMO_PASSWORD).getBytes());
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(portal.staffUrl(path))).header("Authorization", "Basic " + auth).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
