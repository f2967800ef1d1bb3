package id.djpk.portal.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Every page a person can reach from the menus opens cleanly: for each staff role, every item of its menu and every
 * link of its home page, and every page linked from the public site's header, menu and footer. A page fails on an
 * HTTP error or error page, a missing text ({@code ???key???}), an error in the browser's console (a failed load,
 * a script error, a Content-Security-Policy refusal) and a serious accessibility problem found by axe. The links are
 * read from the rendered pages, so a new menu item is tested without touching this class. Then the addresses people
 * type or keep get the portal's own answers: "not found" for an id that names nothing, a message for a malformed
 * month or year, JSON for every error of the staff API, and the security headers.
 */
class EveryPageIT extends BrowserTest {

    /** The demo roles; desk and Layer 2 as accounts of their own, since StaffSecurityIT locks and changes the demo ones. */
    record Account(String username, String roleLabel, String unit) {
    }

    static final List<Account> ROLES = List.of(
            new Account("admin", null, null), new Account("publisher", null, null), new Account("editor", null, null),
            new Account("agent", null, null), new Account(HelpdeskAccounts.L2_USER, "Unit Teknis Layer 2", "DTU"),
            new Account("ppid", null, null), new Account("ppid-superior", null, null),
            new Account("desk-semua-halaman", "Meja Reservasi", null));

    String password(Account account) {
        if (account.roleLabel() == null) {
            return PortalServer.DEMO_PASSWORD;
        }
        if (account.username().equals(HelpdeskAccounts.L2_USER)) {
            return HelpdeskAccounts.l2Password(browser, portal);
        }
        return HelpdeskAccounts.password(browser, portal, account.username(), "Uji semua halaman (" + account.roleLabel() + ")",
                account.roleLabel(), account.unit());
    }

    static void signIn(String user, String password) {
        login(user, password);
        browser.await(d -> d.getCurrentUrl().contains("/index.xhtml"));
    }

    /** The absolute addresses of the links the selector finds on the current page, on this site, without fragments. */
    @SuppressWarnings("unchecked")
    List<String> links(String selector, String prefix) {
        List<String> hrefs = (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(
                "return Array.from(document.querySelectorAll(arguments[0])).map(function (a) { return a.href; });", selector);
        Set<String> result = new LinkedHashSet<>();
        for (String href : hrefs) {
            String url = href.replaceFirst("#.*$", "");
            if (url.startsWith(prefix)) {
                result.add(url);
            }
        }
        return new ArrayList<>(result);
    }

    /** Opens the page and returns what is wrong with it (nothing: an empty list). */
    List<String> problems(String url) {
        browser.consoleErrors();
        browser.open(url);
        browser.awaitAjax();
        List<String> problems = new ArrayList<>();
        int status = browser.status();
        if (status != 0 && status != 200) {
            problems.add("HTTP " + status);
        }
        String text = browser.text();
        for (String errorPage : List.of("Terjadi kesalahan", "Halaman tidak ditemukan", "Akses ditolak",
                "Something went wrong", "Page not found", "Access denied")) {
            if (browser.all(By.tagName("h1")).stream().anyMatch(h -> h.getText().startsWith(errorPage))) {
                problems.add("error page: " + errorPage);
            }
        }
        if (browser.driver().getPageSource().contains("???") || text.contains("???")) {
            problems.add("a missing text (???key???)");
        }
        problems.addAll(browser.accessibilityProblems());
        browser.consoleErrors().forEach(e -> problems.add("console: " + e));
        return problems;
    }

    @Test
    void everyMenuItemAndHomeLinkOfEveryRoleOpensCleanly() {
        assertEquals(List.of(), staffWalk(false));
    }

    /** The same walk with the staff member switched to English: every page answers in English, whole. */
    @Test
    void everyMenuItemAndHomeLinkOfEveryRoleOpensCleanlyInEnglish() {
        assertEquals(List.of(), staffWalk(true));
    }

    List<String> staffWalk(boolean english) {
        List<String> failures = new ArrayList<>();
        for (Account account : ROLES) {
            String password = password(account);
            signIn(account.username(), password);
            if (!english) {
                // each role's home, for the guides (docs/screenshots, kept current by this walk)
                String role = account.username().equals(HelpdeskAccounts.L2_USER) ? "l2"
                        : account.username().startsWith("desk") ? "desk" : account.username();
                browser.document("home-" + role, 1366, 900);
            }
            if (english) {
                browser.clickAndWait(By.id("nav:langEn"));
                assertEquals("en", browser.find(By.tagName("html")).getAttribute("lang"), account.username());
            }
            String prefix = portal.staffUrl("/");
            List<String> pages = new ArrayList<>(List.of(portal.staffUrl("/index.xhtml")));
            // the menu bar (with its sub-menus and the account link) and the home page's cards and links
            for (String url : links("#nav a[href], main a[href]", prefix)) {
                if (!pages.contains(url) && !url.contains("/api/")) {
                    pages.add(url);
                }
            }
            assertTrue(pages.size() >= 2, account.username() + " has menu items: " + pages);
            if (account.username().equals("admin")) {
                assertTrue(pages.contains(portal.staffUrl("/admin/jenis-laporan.xhtml")), "the report types: " + pages);
            }
            if (account.username().equals("editor")) {
                assertTrue(pages.contains(portal.staffUrl("/statistik/kunjungan.xhtml")), "the menu is read: " + pages);
            }
            for (String url : pages) {
                List<String> problems = problems(url);
                if (english && !"en".equals(browser.find(By.tagName("html")).getAttribute("lang"))) {
                    problems.add("not in English");
                }
                if (!problems.isEmpty()) {
                    failures.add(account.username() + " " + url.substring(prefix.length() - 1) + ": " + problems);
                }
            }
        }
        return failures;
    }

    @Test
    void everyPageOfThePublicSiteMenusOpensCleanly() {
        assertEquals(List.of(), publicWalk(false));
    }

    /** The public site in English: the same pages, whole, from the language switch on. */
    @Test
    void everyPageOfThePublicSiteMenusOpensCleanlyInEnglish() {
        assertEquals(List.of(), publicWalk(true));
    }

    List<String> publicWalk(boolean english) {
        browser.driver().manage().deleteAllCookies();
        browser.open(portal.publicUrl(english ? "/bahasa?l=en&kembali=/" : "/"));
        String prefix = portal.publicUrl("/");
        List<String> pages = new ArrayList<>(List.of(prefix));
        for (String url : links("header a[href], nav a[href], footer a[href]", prefix)) {
            String path = url.substring(prefix.length() - 1);
            // pages only: not the feeds, the sitemap, the APIs or the language switch (a cookie and a redirect)
            if (!pages.contains(url) && !path.startsWith("/api/") && !path.startsWith("/openapi") && !path.startsWith("/bahasa")
                    && !path.endsWith(".atom") && !path.endsWith(".xml") && !path.startsWith("/portal")) {
                pages.add(url);
            }
        }
        assertTrue(pages.size() >= 8, "the public menus: " + pages);
        if (!english) {
            // the public site on a phone, for the guides
            for (String[] shot : List.of(new String[] {"/", "phone-home"}, new String[] {"/publikasi", "phone-publications"},
                    new String[] {"/ppid/permohonan", "phone-ppid-form"}, new String[] {"/kunjungan/jadwal", "phone-visit-schedule"})) {
                browser.open(portal.publicUrl(shot[0]));
                browser.document(shot[1], 390, 844);
            }
        }
        List<String> failures = new ArrayList<>();
        for (String url : pages) {
            List<String> problems = problems(url);
            if (english && !"en".equals(browser.find(By.tagName("html")).getAttribute("lang"))) {
                problems.add("not in English");
            }
            if (!problems.isEmpty()) {
                failures.add(url.substring(prefix.length() - 1) + ": " + problems);
            }
        }
        return failures;
    }

    /** The administrator's session cookie, for pages fetched without the browser (to see status and headers). */
    static String adminSession;

    static HttpResponse<String> staff(String method, String path, String user, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(portal.staffUrl(path)));
        if ("session".equals(user)) {
            request.header("Cookie", adminSession);
        } else if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + PortalServer.DEMO_PASSWORD).getBytes()));
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(method, method.equals("POST") ? HttpRequest.BodyPublishers.ofString("<a/>") : HttpRequest.BodyPublishers.noBody());
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    HttpResponse<String> page(String path) {
        if (adminSession == null) {
            signIn("admin", PortalServer.DEMO_PASSWORD);
            adminSession = "JSESSIONID=" + browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
            // a new browser session for whatever the test does next; the administrator's stays valid on the server
            browser.driver().manage().deleteAllCookies();
        }
        return staff("GET", path, "session", null);
    }

    @Test
    void anIdThatNamesNothingGetsThePortalsNotFoundPage() {
        for (String path : List.of("/publikasi/ubah.xhtml?id=999999999", "/publikasi/ubah.xhtml?id=abc",
                "/ppid/permohonan.xhtml?nomor=PPID-1999-00001", "/kunjungan/permohonan.xhtml?kode=TIDAK-ADA",
                "/helpdesk/tiket.xhtml?nomor=abc", "/helpdesk/l2/tiket.xhtml?nomor=abc",
                "/lapor/laporan.xhtml?nomor=LPR-1999-000001", "/lapor/klasifikasi.xhtml?surel=999999999",
                "/lapor/klasifikasi.xhtml?surel=abc")) {
            HttpResponse<String> r = page(path);
            assertEquals(404, r.statusCode(), path);
            assertTrue(r.body().contains("Halaman tidak ditemukan"), path + ": " + r.body());
        }
        assertTrue(page("/publikasi/ubah.xhtml?id=999999999").body().contains("Publikasi ini tidak ada."));
        assertTrue(page("/helpdesk/tiket.xhtml?nomor=abc").body().contains("Tiket tidak ditemukan."));
        assertTrue(page("/lapor/klasifikasi.xhtml?surel=abc").body().contains("Surel tidak ditemukan di kotak surat Email Lapor."));

        // in the browser too: the portal's own page, clean
        signIn("publisher", PortalServer.DEMO_PASSWORD);
        List<String> problems = problems(portal.staffUrl("/publikasi/ubah.xhtml?id=abc"));
        assertEquals(List.of("HTTP 404", "error page: Halaman tidak ditemukan"), problems.subList(0, 2), problems.toString());
        assertTrue(problems.subList(2, problems.size()).stream().allMatch(p -> p.contains("ubah.xhtml?id=abc") && p.contains("404")),
                "nothing else wrong: only the browser's note of the page's own 404 " + problems);
        assertTrue(browser.find(By.id("notFound")).getText().contains("Publikasi ini tidak ada."));
    }

    @Test
    void aMalformedMonthOrYearIsNamedAndTheDefaultShown() {
        for (String path : List.of("/statistik/kunjungan.xhtml?bulan=abc", "/ppid/angka.xhtml?bulan=2024-13",
                "/laporan/laporan.xhtml?bulan=abc", "/kunjungan/bulanan.xhtml?bulan=abc",
                "/helpdesk/statistik/angka.xhtml?bulan=abc")) {
            HttpResponse<String> r = page(path);
            assertEquals(200, r.statusCode(), path);
            String typed = path.substring(path.indexOf('=') + 1);
            assertTrue(r.body().contains("Bulan “" + typed + "” tidak dapat dibaca"), path + ": " + r.body());
        }
        HttpResponse<String> holidays = page("/admin/hari-libur.xhtml?tahun=abc");
        assertEquals(200, holidays.statusCode());
        assertTrue(holidays.body().contains("Tahun “abc” tidak dapat dibaca"), holidays.body());

        signIn("editor", PortalServer.DEMO_PASSWORD);
        assertEquals(List.of(), problems(portal.staffUrl("/statistik/kunjungan.xhtml?bulan=abc")));
        assertTrue(browser.text().contains("Bulan “abc” tidak dapat dibaca"), browser.text());
        assertTrue(browser.find(By.id("visitors")).getText().matches("[0-9.]+"), "the current month's figures");
    }

    @Test
    void everyErrorOfTheStaffApiIsJson() {
        record Case(String method, String path, String user, String contentType, int status) {
        }
        for (Case c : List.of(
                new Case("GET", "/api/stats/traffic?month=abc", "editor", null, 400),
                new Case("GET", "/api/reports/abc", "editor", null, 400),
                new Case("GET", "/api/me", null, null, 401),
                new Case("GET", "/api/stats/traffic", "agent", null, 403),
                new Case("GET", "/api/tidak-ada", "admin", null, 404),
                new Case("DELETE", "/api/me", "admin", null, 405),
                new Case("POST", "/api/helpdesk/import", "admin", "application/xml", 415))) {
            HttpResponse<String> r = staff(c.method(), c.path(), c.user(), c.contentType());
            assertEquals(c.status(), r.statusCode(), c.toString());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), c + ": " + r.headers());
            JsonObject body = Json.createReader(new StringReader(r.body())).readObject();
            assertEquals(c.status(), body.getInt("status"), r.body());
            assertTrue(!body.getString("error").isBlank() && !body.getString("message").isBlank(), r.body());
        }
        JsonObject badMonth = Json.createReader(new StringReader(
                staff("GET", "/api/stats/traffic?month=abc", "editor", null).body())).readObject();
        assertEquals("month must be yyyy-MM", badMonth.getString("error"));
        assertEquals("Permintaan tidak dapat dibaca.", badMonth.getString("message"));
    }

    @Test
    void staffPagesAndApiAnswersCarryTheSecurityHeaders() {
        for (HttpResponse<String> r : List.of(page("/index.xhtml"), page("/statistik/kunjungan.xhtml"),
                staff("GET", "/api/me", "admin", null), staff("GET", "/api/me", null, null),
                page("/publikasi/ubah.xhtml?id=abc"))) {
            String what = r.uri() + " " + r.statusCode();
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null), what);
            assertEquals("same-origin", r.headers().firstValue("Referrer-Policy").orElse(null), what);
            assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(null), what);
            assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(null), what);
            assertTrue(r.headers().allValues("Content-Security-Policy").stream().anyMatch(p -> p.contains("frame-ancestors 'none'")), what);
        }
        // a Faces page: PrimeFaces' script policy with the nonce its own scripts carry
        HttpResponse<String> home = page("/index.xhtml");
        String scripts = home.headers().allValues("Content-Security-Policy").stream().filter(p -> p.contains("script-src"))
                .findFirst().orElseThrow(() -> new AssertionError(home.headers().toString()));
        java.util.regex.Matcher nonce = java.util.regex.Pattern.compile("'nonce-([^']+)'").matcher(scripts);
        assertTrue(nonce.find() && scripts.contains("'self'"), scripts);
        assertTrue(home.body().contains("nonce=\"" + nonce.group(1) + "\""), "the page's scripts carry the nonce");
        assertTrue(!home.body().contains(" onclick=\""), "no inline handlers under the policy");
    }
}
