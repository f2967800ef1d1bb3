package id.djpk.portal.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The public site as readers, crawlers and other systems meet it. */
class PublicSiteIT extends BrowserTest {


    static HttpResponse<String> get(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(portal.publicUrl(path))).header("User-Agent", "Mozilla/5.0 PublicSiteIT").build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static String firstDetailPath() {
        browser.open(portal.publicUrl("/publikasi?jenis=peraturan"));
        return browser.find(By.cssSelector("article.pub-item a.pub-title")).getAttribute("href").replaceFirst("^https?://[^/]+", "");
    }

    @Test
    void publicPagesHaveNoSeriousAccessibilityProblems() {
        String detail = firstDetailPath();
        for (String path : List.of("/", "/publikasi", "/publikasi?jenis=peraturan&tahun=2021", detail, "/cari?q=dana+desa", "/halaman-yang-tidak-ada")) {
            browser.open(portal.publicUrl(path));
            List<String> problems = browser.accessibilityProblems();
            assertEquals(List.of(), problems, path);
        }
    }

    @Test
    void cachedPagesGoGzippedToClientsThatAcceptIt() throws Exception {
        String path = "/publikasi?jenis=berita";
        get(path); // an address asked for the first time is noted ("FIRST" if no other test asked it), the second
        get(path); // fills the page cache
        HttpResponse<String> plain = get(path);
        assertEquals("HIT", plain.headers().firstValue("X-Page-Cache").orElse(""));
        assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty(), "no gzip to a client that did not ask");
        assertTrue(plain.headers().firstValue("Vary").orElse("").contains("Accept-Encoding"), plain.headers().toString());
        HttpRequest.Builder gzip = HttpRequest.newBuilder(URI.create(portal.publicUrl(path)))
                .header("User-Agent", "Mozilla/5.0 PublicSiteIT").header("Accept-Encoding", "gzip, deflate, br");
        HttpResponse<byte[]> packed = HTTP.send(gzip.build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, packed.statusCode());
        assertEquals("gzip", packed.headers().firstValue("Content-Encoding").orElse(""));
        assertEquals("HIT", packed.headers().firstValue("X-Page-Cache").orElse(""));
        assertEquals(Set.of("Cookie", "Accept-Encoding"),
                Set.of(packed.headers().firstValue("Vary").orElse("").split(",\\s*")), "by language and by encoding");
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(packed.body()))) {
            assertEquals(plain.body(), new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), "the same page");
        }
        int plainBytes = plain.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        assertTrue(packed.body().length < plainBytes / 3, packed.body().length + " of " + plainBytes + " bytes");
        String etag = packed.headers().firstValue("ETag").orElseThrow();
        assertFalse(etag.equals(plain.headers().firstValue("ETag").orElse("")), "each representation its own validator");
        HttpResponse<byte[]> again = HTTP.send(gzip.header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(304, again.statusCode());
    }

    @Test
    void anonymousReadersGetNoSession() {
        for (String path : List.of("/", "/publikasi", "/cari?q=pajak", firstDetailPath(), "/feed.atom", "/api/jdihn")) {
            HttpResponse<String> r = get(path);
            assertEquals(200, r.statusCode(), path);
            assertTrue(r.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.toUpperCase().startsWith("JSESSIONID")), path);
        }
    }

    @Test
    void pagesCarryAContentSecurityPolicyAndRunUnderIt() {
        for (String path : List.of("/", "/cari?q=dana+desa", "/ppid/permohonan", "/tiket/lihat", "/halaman-yang-tidak-ada")) {
            HttpResponse<String> r = get(path);
            String policy = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(policy.contains("script-src 'self';") && policy.contains("style-src 'self';")
                    && policy.contains("object-src 'none'") && !policy.contains("unsafe-inline"), path + ": " + policy);
            assertTrue(r.headers().firstValue("Strict-Transport-Security").isEmpty(), "no HSTS over plain http: " + path);
        }
        // the scripts of the site (the phone menu, the access link's fragment) run: no refusal in the console
        browser.consoleErrors();
        for (String path : List.of("/", "/ppid/status")) {
            browser.open(portal.publicUrl(path));
            assertEquals(List.of(), browser.consoleErrors(), path);
        }
        assertEquals(List.of(), browser.accessibilityProblems(), "axe runs under the policy");
    }

    @Test
    void unknownAddressesGetAFriendly404() {
        HttpResponse<String> r = get("/tidak/ada/di/sini");
        assertEquals(404, r.statusCode());
        assertTrue(r.body().contains("Halaman tidak ditemukan"), r.body());
        assertEquals(404, get("/publikasi/judul-yang-tidak-pernah-ada").statusCode());
    }

    @Test
    void listingFiltersAndIndonesianFormats() {
        browser.open(portal.publicUrl("/publikasi?jenis=pemberitahuan&tahun=2023"));
        String text = browser.text();
        assertTrue(text.contains("S-146/PK/2023") || text.contains("Pedoman Pelaksanaan Penyaluran Transfer ke Daerah"), text);
        assertTrue(text.contains("November 2023"), "Indonesian month names");
        assertFalse(text.contains("Diskusi Ekonomi Regional"), "a 2021 news item is filtered out");
        assertFalse(text.contains("tidak dikenal"), "known filters are not reported");

        // a filter value the site does not know is said, not silently dropped; the others still apply
        browser.open(portal.publicUrl("/publikasi?jenis=jurnal-defis&tahun=2023"));
        String unknown = browser.find(By.id("filter-ignored")).getText();
        assertTrue(unknown.contains("tidak dikenal") && unknown.contains("Jenis") && unknown.contains("jurnal-defis"), unknown);
        assertFalse(unknown.contains("Tahun"), unknown);
        assertEquals(List.of(), browser.accessibilityProblems());
    }

    @Test
    void listsAreWalkedPageByPageWithTheirFilterKept() {
        // the lists, the menu and the page links are written by the site's components (site.web.render)
        browser.open(portal.publicUrl("/publikasi?jenis=peraturan&hal=1"));
        assertEquals("peraturan", new Select(browser.find(By.id("jenis"))).getFirstSelectedOption().getAttribute("value"));
        assertEquals("", new Select(browser.find(By.id("tahun"))).getFirstSelectedOption().getAttribute("value"));
        WebElement here = browser.find(By.cssSelector("#site-menu a[aria-current='page']"));
        assertEquals("Peraturan", here.getText());
        assertTrue(here.getAttribute("href").endsWith("/publikasi?jenis=peraturan"), here.getAttribute("href"));
        assertTrue(browser.all(By.cssSelector(".pub-list article.pub-item h2.pub-heading a.pub-title")).size() > 0);

        // the demo's 50-odd publications make three pages and more of 20
        browser.open(portal.publicUrl("/publikasi?hal=2"));
        WebElement current = browser.find(By.cssSelector("nav.pager a[aria-current='page']"));
        assertEquals("Halaman 2", current.getAttribute("textContent").trim());
        assertTrue(browser.find(By.cssSelector("nav.pager a[rel='prev']")).getAttribute("href").endsWith("/publikasi"));
        assertTrue(browser.find(By.cssSelector("nav.pager a[rel='next']")).getAttribute("href").endsWith("/publikasi?hal=3"));
        assertEquals(20, browser.all(By.cssSelector(".pub-list article.pub-item")).size());
        assertEquals(List.of(), browser.accessibilityProblems());

        // on the home page a section's cards are headed under the section's own h2
        browser.open(portal.publicUrl("/"));
        assertTrue(browser.all(By.cssSelector("section.home-section h3.pub-heading a.pub-title")).size() > 0);
        assertEquals(0, browser.all(By.cssSelector("section.home-section h2.pub-heading")).size());
    }

    @Test
    void englishIsOneClickAway() {
        browser.open(portal.publicUrl("/"));
        assertEquals("id", browser.find(By.tagName("html")).getAttribute("lang"));
        browser.find(By.id("lang-en")).click();
        browser.await(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        browser.open(portal.publicUrl("/publikasi?jenis=pemberitahuan&tahun=2023"));
        assertTrue(browser.text().contains("November 2023"));
        browser.find(By.id("lang-id")).click();
        browser.await(d -> "id".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
    }

    @Test
    void itWorksOnAPhone() {
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        try {
            for (String path : List.of("/", "/publikasi", firstDetailPath(), "/kunjungan/jadwal", "/kunjungan/permohonan",
                    "/ppid/permohonan")) {
                browser.open(portal.publicUrl(path));
                Object overflow = browser.driver() instanceof org.openqa.selenium.JavascriptExecutor js
                        ? js.executeScript("return document.documentElement.scrollWidth > window.innerWidth + 1") : Boolean.FALSE;
                assertEquals(Boolean.FALSE, overflow, "no sideways scrolling on " + path);
            }
            // the header folds behind a menu button: the page starts within the first screen
            browser.open(portal.publicUrl("/"));
            org.openqa.selenium.WebElement toggle = browser.find(By.id("menu-toggle"));
            assertTrue(browser.find(By.tagName("main")).getLocation().getY() < 200,
                    "the header leaves the screen to the content: " + browser.find(By.tagName("main")).getLocation());
            assertFalse(browser.driver().findElement(By.id("site-menu")).isDisplayed());
            assertEquals("false", toggle.getAttribute("aria-expanded"));
            assertTrue(toggle.getSize().getHeight() >= 44, "a button a thumb can hit");
            toggle.click();
            browser.await(d -> d.findElement(By.id("site-menu")).isDisplayed());
            assertEquals("true", toggle.getAttribute("aria-expanded"));
            assertTrue(browser.find(By.id("q")).isDisplayed(), "the search opens with the menu");
            assertEquals(List.of(), browser.accessibilityProblems());
            browser.open(portal.publicUrl("/kunjungan/permohonan"));
            for (org.openqa.selenium.WebElement button : browser.all(By.cssSelector("main form button[type=submit]"))) {
                assertTrue(button.getSize().getHeight() >= 44, button.getText() + " " + button.getSize());
            }
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    @Test
    void jdihnFeedHasTheContractFields() {
        JsonArray records = Json.createReader(new StringReader(get("/api/jdihn").body())).readArray();
        assertTrue(records.size() >= 9, "the demo regulations");
        Set<String> expected = Set.of("idData", "judul", "jenis", "singkatanJenis", "noPeraturan", "tahun_pengundangan",
                "tanggal_pengundangan", "tanggal_penetapan", "sumber", "subjek", "status", "bahasa", "teuBadan", "bidangHukum",
                "urlDownload", "fileDownload", "urlDetailPeraturan", "abstrak");
        for (JsonObject r : records.getValuesAs(JsonObject.class)) {
            assertEquals(expected, r.keySet());
        }
        assertTrue(records.getValuesAs(JsonObject.class).stream().anyMatch(r -> r.getString("noPeraturan").equals("400")
                && r.getString("singkatanJenis").equals("KMK") && r.getString("status").equals("Berlaku")));
    }

    @Test
    void publicationsApiFiltersPagesAndRefusesBadInput() {
        JsonObject page = Json.createReader(new StringReader(get("/api/publications?type=KEGIATAN&year=2023&size=5").body())).readObject();
        assertEquals(5, page.getJsonArray("items").size());
        assertTrue(page.getInt("total") >= 10);
        assertTrue(page.getJsonArray("items").getValuesAs(JsonObject.class).stream().allMatch(i -> i.getString("type").equals("KEGIATAN")));
        JsonObject found = Json.createReader(new StringReader(get("/api/publications?q=salur").body())).readObject();
        assertTrue(found.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(i -> i.getString("title").contains("Penyaluran")), found.toString());
        assertEquals(400, get("/api/publications?type=BUKAN_JENIS").statusCode());
        assertEquals(400, get("/api/publications?page=-1").statusCode());
        assertTrue(get("/openapi").body().contains("/api/publications"));
    }

    @Test
    void aDemoRegulationCanBeDownloadedAndIsCitedOnce() {
        browser.open(portal.publicUrl("/publikasi?jenis=peraturan&tahun=2023"));
        browser.find(By.partialLinkText("KMK Nomor 400 Tahun 2023")).click();
        String text = browser.text();
        assertFalse(text.contains("Abstrak"), "no empty abstract row under the summary");
        String href = browser.find(By.cssSelector("a[href^='/berkas/']")).getAttribute("href");
        HttpResponse<String> pdf = get(href.replaceFirst("^https?://[^/]+", ""));
        assertEquals(200, pdf.statusCode(), href);
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
        assertTrue(pdf.body().startsWith("%PDF-"));
        // a number that carries its year is cited without a second "Tahun"
        browser.open(portal.publicUrl("/publikasi?jenis=peraturan"));
        browser.find(By.partialLinkText("206/PMK.07/2020")).click();
        assertEquals("PMK Nomor 206/PMK.07/2020", browser.find(By.cssSelector("p.citation")).getText());
    }

    @Test
    void feedsAndSitemapAreLinkedAndValid() {
        String home = get("/").body();
        assertTrue(home.contains("application/atom+xml"), "the feed is linked from the page head");
        String feed = get("/feed.atom").body();
        assertTrue(feed.contains("<feed") && feed.contains("KMK Nomor 400 Tahun 2023"));
        // a demo item is dated by its own date (6 November 2023, 09.00 WIB), not by the moment the demo was loaded
        String entry = feed.substring(feed.indexOf("KMK Nomor 400 Tahun 2023"));
        entry = entry.substring(0, entry.indexOf("</entry>"));
        assertTrue(entry.contains("<published>2023-11-06T02:00:00Z</published>")
                && entry.contains("<updated>2023-11-06T02:00:00Z</updated>"), entry);
        String sitemap = get("/sitemap.xml").body();
        assertTrue(sitemap.contains("<urlset") && sitemap.contains("/publikasi/"));
        HttpResponse<String> health = HTTP_GET_ROOT("/health");
        assertEquals(200, health.statusCode());
        assertTrue(health.body().contains("\"UP\""));
    }

    @Test
    void theSiteCountsItsOwnVisitorsWithoutCookies() {
        browser.open(portal.publicUrl("/"));
        // a campaign link's address, which the page cache does not hold yet: the listing is rendered now and passes
        // its title on (a page answered from the cache does not; another test may have rendered /publikasi?jenis=…,
        // whose title "Berita" the path /publikasi would otherwise keep)
        String campaign = "/publikasi?utm_source=PublicSiteIT-" + System.nanoTime();
        browser.open(portal.publicUrl(campaign));
        browser.open(portal.publicUrl(campaign));
        assertTrue(browser.cookies().keySet().stream().noneMatch(c -> c.toUpperCase().contains("SESSION")), browser.cookies().toString());
        String month = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Jakarta")).toString();
        String auth = Base64.getEncoder().encodeToString(("editor:" + PortalServer.DEMO_PASSWORD).getBytes());
        JsonObject traffic = null;
        for (int i = 0; i < 40; i++) {
            try {
                traffic = Json.createReader(new StringReader(HTTP.send(HttpRequest.newBuilder(URI.create(portal.staffUrl("/api/stats/traffic?month=" + month)))
                        .header("Authorization", "Basic " + auth).build(), HttpResponse.BodyHandlers.ofString()).body())).readObject();
            } catch (IOException e) {
                throw new AssertionError(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            // other browser tests may have counted pages of their own this month (/publikasi among them, with another
            // title): wait until this test's rendering of the listing has been written (its title)
            if (traffic.getJsonNumber("pageViews").longValue() >= 3 && traffic.getJsonNumber("visitors").longValue() >= 1
                    && traffic.getJsonArray("topPages").getValuesAs(JsonObject.class).stream()
                            .anyMatch(p -> p.getString("path").equals("/publikasi") && !p.isNull("title")
                                    && p.getString("title").equals("Publikasi"))) {
                break;
            }
            PortalServer.sleep(500);
        }
        assertTrue(traffic.getJsonNumber("visitors").longValue() >= 1, traffic.toString());
        assertTrue(traffic.getJsonArray("topPages").getValuesAs(JsonObject.class).stream()
                .anyMatch(p -> p.getString("path").equals("/publikasi")), traffic.toString());
        // named by the title the page was rendered with in Bahasa Indonesia (the monthly report lists it so)
        assertTrue(traffic.getJsonArray("topPages").getValuesAs(JsonObject.class).stream()
                .anyMatch(p -> p.getString("path").equals("/publikasi") && !p.isNull("title")
                        && p.getString("title").equals("Publikasi")), traffic.toString());
    }

    static HttpResponse<String> HTTP_GET_ROOT(String path) {
        return get(path);
    }
}
