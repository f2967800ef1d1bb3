package id.djpk.portal.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Staff login, lockout, roles, the administrator's account screen and the staff API. */
class StaffSecurityIT extends BrowserTest {


    static int status(String path, String user, String password) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(portal.staffUrl(path)));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes()));
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
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
    void fiveWrongPasswordsLockTheAccount() {
        for (int i = 0; i < 5; i++) {
            login("desk", "bukan-sandinya");
        }
        assertTrue(browser.text().contains("Akun terkunci"), browser.text());
        login("desk", PortalServer.DEMO_PASSWORD);
        assertTrue(browser.text().contains("Akun terkunci"), "the right password is refused while locked");
        assertEquals(401, status("/api/me", "desk", PortalServer.DEMO_PASSWORD));
    }

    @Test
    void staffChangeTheirOwnPassword() {
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
    void theAdministratorCreatesAndDisablesAnAccount() {
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
        assertEquals(200, status("/api/me", "l2-dtk", password));

        var row = browser.all(By.cssSelector("#users\\:table tr")).stream().filter(r -> r.getText().contains("l2-dtk")).findFirst().orElseThrow();
        row.findElements(By.tagName("button")).stream().filter(b -> b.getText().equals("Nonaktifkan")).findFirst().orElseThrow().click();
        browser.awaitAjax();
        browser.await(d -> d.findElement(By.id("users:table")).getText().contains("Nonaktif"));
        assertEquals(401, status("/api/me", "l2-dtk", password));

        browser.open(portal.staffUrl("/admin/audit.xhtml"));
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
