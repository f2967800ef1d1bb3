package id.djpk.portal.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Staff login, throttling, cross-site refusals, roles, the administrator's account screen and the staff API. */
class StaffSecurityIT extends BrowserTest {


    static int status(String path, String user, String password) {
        return status(path, user, password, null);
    }

    /** As from {@code forwardedFor} behind the test portal's trusted proxy (127.0.0.1) when not null. */
    static int status(String path, String user, String password, String forwardedFor) {
        return send(basicRequest(path, user, password, forwardedFor)).statusCode();
    }

    static HttpRequest.Builder basicRequest(String path, String user, String password, String forwardedFor) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(portal.staffUrl(path)));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes()));
        }
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        return request;
    }

    static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Test
    void theStaffApiTakesBasicCredentialsAndChecksRoles() {
        assertEquals(401, status("/api/me", null, null));
        assertEquals(401, status("/api/me", "editor", "salah-sandi"));
        assertEquals(200, status("/api/me", "editor", PortalServer.DEMO_PASSWORD));
        assertEquals(200, status("/api/stats/traffic?month=2023-11", "editor", PortalServer.DEMO_PASSWORD));
        assertEquals(403, status("/api/stats/traffic", "agent", PortalServer.DEMO_PASSWORD));
        assertEquals(403, status("/api/admin/audit", "publisher", PortalServer.DEMO_PASSWORD));
        assertEquals(200, status("/api/admin/audit", "admin", PortalServer.DEMO_PASSWORD));
        assertEquals(400, status("/api/stats/traffic?month=bulan-lalu", "admin", PortalServer.DEMO_PASSWORD));
        // a trailing slash does not change whose figures they are
        for (String path : List.of("/api/stats/helpdesk?month=2024-05", "/api/stats/helpdesk/?month=2024-05")) {
            assertEquals(403, status(path, "publisher", PortalServer.DEMO_PASSWORD), path);
            assertEquals(200, status(path, "agent", PortalServer.DEMO_PASSWORD), path);
        }
    }

    @Test
    void theStaffApiAlsoAcceptsTheSession() {
        login("editor", PortalServer.DEMO_PASSWORD);
        browser.await(d -> d.getCurrentUrl().contains("/index.xhtml"));
        browser.open(portal.staffUrl("/api/me"));
        assertTrue(browser.text().contains("\"username\":\"editor\""), browser.text());
        assertTrue(browser.text().contains("REPORT_EDITOR"));
    }

    @Test
    void hammeringAnAccountSlowsTheHammeringAddressNotTheOwner() throws Exception {
        String attacker = "203.0.113.66";
        for (int i = 0; i < 5; i++) {
            assertEquals(401, status("/api/me", "desk", "bukan-sandinya-" + i, attacker), "Basic, try " + (i + 1));
        }
        HttpResponse<String> refused = send(basicRequest("/api/me", "desk", PortalServer.DEMO_PASSWORD, attacker));
        assertEquals(429, refused.statusCode(), "the right password waits at the hammering address");
        assertTrue(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow()) > 0);
        HttpResponse<String> page = StaffSignIn.form(StaffSignIn.client(), "desk", PortalServer.DEMO_PASSWORD, attacker);
        assertEquals(429, page.statusCode(), "the login form too");
        assertTrue(page.body().contains("Terlalu banyak percobaan masuk yang gagal dari alamat Anda"), page.body());

        // meanwhile the owner, at their own address, signs in as usual by Basic and by the form
        assertEquals(200, status("/api/me", "desk", PortalServer.DEMO_PASSWORD));
        login("desk", PortalServer.DEMO_PASSWORD);
        browser.await(d -> d.getCurrentUrl().contains("/index.xhtml"));

        // the form counts as Basic does, and a wrong password says nothing about the account
        String other = "203.0.113.67";
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> wrong = StaffSignIn.form(StaffSignIn.client(), "publisher", "bukan-sandinya", other);
            assertEquals(200, wrong.statusCode());
            assertTrue(wrong.body().contains("Nama pengguna atau kata sandi salah."), wrong.body());
        }
        assertEquals(429, status("/api/me", "publisher", PortalServer.DEMO_PASSWORD, other));
        HttpResponse<String> unknown = StaffSignIn.form(StaffSignIn.client(), "tidak-ada-akun", "bukan-sandinya", "203.0.113.68");
        assertTrue(unknown.body().contains("Nama pengguna atau kata sandi salah."), "unknown names get the same message");
        assertEquals(200, status("/api/me", "publisher", PortalServer.DEMO_PASSWORD));
    }

    @Test
    void crossSiteCallsToTheStaffApiAreRefused() throws Exception {
        String refresh = "/api/reports/1999-01/refresh";
        assertEquals(404, send(basicRequest(refresh, "editor", PortalServer.DEMO_PASSWORD, null)
                .POST(HttpRequest.BodyPublishers.noBody())).statusCode(), "a script sends neither header");
        assertEquals(404, send(basicRequest(refresh, "editor", PortalServer.DEMO_PASSWORD, null)
                .header("Origin", portal.staffUrl("").replace("/portal", ""))
                .header("Sec-Fetch-Site", "same-origin").POST(HttpRequest.BodyPublishers.noBody())).statusCode());
        assertEquals(403, send(basicRequest(refresh, "editor", PortalServer.DEMO_PASSWORD, null)
                .header("Origin", "https://situs-lain.example").POST(HttpRequest.BodyPublishers.noBody())).statusCode());
        assertEquals(403, send(basicRequest(refresh, "editor", PortalServer.DEMO_PASSWORD, null)
                .header("Origin", "null").POST(HttpRequest.BodyPublishers.noBody())).statusCode());
        assertEquals(403, send(basicRequest(refresh, "editor", PortalServer.DEMO_PASSWORD, null)
                .header("Sec-Fetch-Site", "cross-site").POST(HttpRequest.BodyPublishers.noBody())).statusCode());
        assertEquals(200, send(basicRequest("/api/me", "editor", PortalServer.DEMO_PASSWORD, null)
                .header("Sec-Fetch-Site", "cross-site")).statusCode(), "reading is not changing");

        // a page's form can post text/plain to another site without asking it first: the import takes text/csv only
        assertEquals(415, send(basicRequest("/api/helpdesk/import", "agent", PortalServer.DEMO_PASSWORD, null)
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("external_id\r\n")))
                .statusCode());

        // Basic credentials open the API only, never the pages
        HttpResponse<String> page = send(basicRequest("/index.xhtml", "admin", PortalServer.DEMO_PASSWORD, null));
        assertEquals(302, page.statusCode());
        assertTrue(page.headers().firstValue("Location").orElse("").contains("/login.xhtml"));
    }

    @Test
    void staffChangeTheirOwnPasswordWhichEndsTheirOtherSessions() throws Exception {
        HttpClient otherDevice = StaffSignIn.client();
        assertEquals(302, StaffSignIn.form(otherDevice, "l2-dtu", PortalServer.DEMO_PASSWORD, null).statusCode());
        assertEquals(200, StaffSignIn.get(otherDevice, "/api/me").statusCode(), "signed in on another device");
        login("l2-dtu", PortalServer.DEMO_PASSWORD);
        browser.open(portal.staffUrl("/akun.xhtml"));
        browser.type(By.id("password:current"), PortalServer.DEMO_PASSWORD);
        browser.type(By.id("password:fresh"), "Sandi-Baru-L2-1");
        browser.type(By.id("password:repeat"), "Sandi-Baru-L2-2");
        browser.clickAndWait(By.id("password:change"));
        assertTrue(browser.text().contains("tidak sama"), browser.text());
        browser.type(By.id("password:current"), PortalServer.DEMO_PASSWORD);
        browser.type(By.id("password:fresh"), "Sandi-Baru-L2-1");
        browser.type(By.id("password:repeat"), "Sandi-Baru-L2-1");
        browser.clickAndWait(By.id("password:change"));
        assertTrue(browser.text().contains("Kata sandi Anda telah diganti."), browser.text());
        assertEquals(401, StaffSignIn.get(otherDevice, "/api/me").statusCode(), "the other session has ended");
        browser.open(portal.staffUrl("/akun.xhtml"));
        assertTrue(browser.driver().getCurrentUrl().contains("/akun.xhtml"), "the session that changed it goes on");
        assertEquals(401, status("/api/me", "l2-dtu", PortalServer.DEMO_PASSWORD));
        assertEquals(200, status("/api/me", "l2-dtu", "Sandi-Baru-L2-1"));

        // back to the demo password: the other browser tests sign in as this Layer 2 account too
        browser.open(portal.staffUrl("/akun.xhtml"));
        browser.type(By.id("password:current"), "Sandi-Baru-L2-1");
        browser.type(By.id("password:fresh"), PortalServer.DEMO_PASSWORD);
        browser.type(By.id("password:repeat"), PortalServer.DEMO_PASSWORD);
        browser.clickAndWait(By.id("password:change"));
        assertEquals(200, status("/api/me", "l2-dtu", PortalServer.DEMO_PASSWORD));
    }

    @Test
    void pagesNeedTheirRole() {
        login("agent", PortalServer.DEMO_PASSWORD);
        browser.await(d -> d.getCurrentUrl().contains("/index.xhtml"));
        browser.open(portal.staffUrl("/admin/pengguna.xhtml"));
        assertTrue(browser.text().contains("Akses ditolak"), browser.text());
        browser.driver().manage().deleteAllCookies();
        browser.open(portal.staffUrl("/publikasi/daftar.xhtml"));
        browser.await(d -> d.getCurrentUrl().contains("/login.xhtml"));
    }

    @Test
    void theAdministratorCreatesAnAccountItsOwnerChoosesAPasswordThenItIsDisabled() {
        login("admin", PortalServer.DEMO_PASSWORD);
        browser.open(portal.staffUrl("/admin/pengguna.xhtml"));
        browser.clickAjax(By.id("users:newUser"));
        browser.type(By.id("editForm:username"), "l2-dtk");
        browser.type(By.id("editForm:fullName"), "Tim Layer 2 DTK");
        String password = browser.find(By.id("editForm:password")).getAttribute("value");
        browser.find(By.xpath("//*[@id='editForm:roles']//label[normalize-space()='Unit Teknis Layer 2']")).click();
        browser.clickAjax(By.id("editForm:saveUser"));
        browser.await(d -> d.findElement(By.tagName("body")).getText().contains("Akun Layer 2 harus terikat pada satu unit"));

        browser.selectMenu("editForm:unit", "DTK");
        browser.clickAjax(By.id("editForm:saveUser"));
        browser.await(d -> d.findElement(By.id("users:table")).getText().contains("l2-dtk"));
        assertEquals(403, status("/api/me", "l2-dtk", password), "the initial password must be changed first");

        login("l2-dtk", password);
        browser.await(d -> d.getCurrentUrl().contains("/akun.xhtml"));
        assertTrue(browser.text().contains("Pilih kata sandi baru sebelum melanjutkan"), browser.text());
        browser.open(portal.staffUrl("/index.xhtml"));
        assertTrue(browser.driver().getCurrentUrl().contains("/akun.xhtml"), "every page leads to the change");
        browser.type(By.id("password:current"), password);
        browser.type(By.id("password:fresh"), "1234567890");
        browser.type(By.id("password:repeat"), "1234567890");
        browser.clickAndWait(By.id("password:change"));
        assertTrue(browser.text().contains("paling sering dipakai"), "a breached password is refused");
        String chosen = "Tim-DTK-sandi-sendiri";
        browser.type(By.id("password:current"), password);
        browser.type(By.id("password:fresh"), chosen);
        browser.type(By.id("password:repeat"), chosen);
        browser.clickAndWait(By.id("password:change"));
        assertTrue(browser.text().contains("Kata sandi Anda telah diganti."), browser.text());
        browser.open(portal.staffUrl("/index.xhtml"));
        assertTrue(browser.driver().getCurrentUrl().contains("/index.xhtml"));
        assertEquals(200, status("/api/me", "l2-dtk", chosen));

        login("admin", PortalServer.DEMO_PASSWORD);
        browser.open(portal.staffUrl("/admin/pengguna.xhtml"));

        // by the DOM's text: a narrow column may wrap "l2-dtk" at its hyphen in the rendered text
        browser.find(By.xpath("//*[@id='users:table']//tr[td[normalize-space()='l2-dtk']]"
                + "//button[normalize-space()='Nonaktifkan']")).click();
        browser.awaitAjax();
        browser.await(d -> d.findElement(By.id("users:table")).getText().contains("Nonaktif"));
        assertEquals(401, status("/api/me", "l2-dtk", chosen));

        browser.open(portal.staffUrl("/admin/audit.xhtml"));
        browser.await(d -> d.findElement(By.tagName("body")).getText().contains("Akun staf dinonaktifkan"));
        String audit = browser.text();
        for (String action : List.of("Akun staf dibuat", "Akun staf dinonaktifkan", "Masuk")) {
            assertTrue(audit.contains(action), action);
        }
        // actions and recorded types in words, not codes
        for (String code : List.of("STAFF_CREATED", "STAFF_DISABLED", "StaffAccount")) {
            org.junit.jupiter.api.Assertions.assertFalse(audit.contains(code), code);
        }
    }
}
