package id.djpk.portal.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** Each role's home page says at a glance what waits, and every number leads to the list it counts. */
class DashboardIT extends BrowserTest {

    static void login(String user) {
        login(user, PortalServer.DEMO_PASSWORD);
        browser.open(portal.staffUrl("/"));
    }

    static List<String> tileIds(String section) {
        browser.await(d -> !d.findElements(By.className("dashboard")).isEmpty());
        return browser.all(By.cssSelector("#dash-" + section + " a.tile")).stream().map(e -> e.getAttribute("id")).toList();
    }

    static long count(String tileId) {
        return Long.parseLong(browser.find(By.id(tileId)).findElement(By.className("tile-count")).getText().replace(".", ""));
    }

    @Test
    void theAgentSeesTheQueuesAndEachNumberOpensItsQueue() {
        login("agent");
        assertEquals(List.of("agent-unassigned", "agent-mine", "agent-waiting", "agent-callback", "agent-laporEmail"),
                tileIds("agent"));
        assertTrue(browser.find(By.id("agent-laporEmail")).getAttribute("href").endsWith("/portal/lapor/surel.xhtml"));
        assertTrue(count("agent-unassigned") > 0, "the demo has unassigned tickets");
        assertEquals(List.of(), browser.accessibilityProblems());
        browser.find(By.id("agent-mine")).click();
        browser.await(d -> d.getCurrentUrl().contains("/helpdesk/antrian.xhtml?antrian=MINE"));
        assertEquals("MINE", new Select(browser.find(By.id("queueForm:queue"))).getFirstSelectedOption().getAttribute("value"));
        // a queue name the page does not know is a message, not an error page
        browser.open(portal.staffUrl("/helpdesk/antrian.xhtml?antrian=BUKAN_ANTRIAN"));
        // (the page's status, not its text: a demo ticket's subject may well contain "500")
        assertEquals(200, browser.status(), browser.text());
        assertTrue(browser.all(By.id("queueForm:queue")).size() == 1, "the queue page still renders");
    }

    @Test
    void thePpidOfficerTheDeskAndTheEditorSeeTheirWork() {
        login("ppid");
        assertEquals(List.of("ppid-overdue", "ppid-soon", "ppid-open", "ppid-objections"), tileIds("ppid"));
        assertTrue(browser.find(By.id("ppid-overdue")).getAttribute("href").endsWith("/portal/ppid/antrian.xhtml"));
        assertEquals(List.of(), browser.accessibilityProblems());

        login("desk");
        assertEquals(List.of("desk-requests", "desk-today"), tileIds("desk"));
        assertEquals(List.of(), tileIds("ppid"), "no other role's section");
        browser.find(By.id("desk-requests")).click();
        browser.await(d -> d.getCurrentUrl().contains("/kunjungan/antrian.xhtml"));

        login("editor");
        assertEquals(List.of("editor-toEnter"), tileIds("editor"));
        assertTrue(browser.find(By.id("dash-editor-note")).getText().startsWith("Laporan "), browser.find(By.id("dash-editor-note")).getText());
        assertEquals(List.of(), browser.accessibilityProblems());
    }

    @Test
    void thePublisherAndTheAdministratorSeeDraftsAccountsAndTheOutbox() {
        login("publisher");
        assertEquals(List.of("publisher-drafts", "publisher-scheduled"), tileIds("publisher"));
        browser.find(By.id("publisher-drafts")).click();
        browser.await(d -> d.getCurrentUrl().contains("/publikasi/daftar.xhtml?status=DRAFT"));
        WebElement status = browser.find(By.id("list:status_input"));
        assertEquals("DRAFT", new Select(status).getFirstSelectedOption().getAttribute("value"));

        login("admin");
        List<String> admin = tileIds("admin");
        assertTrue(admin.containsAll(List.of("admin-accounts", "admin-failing", "admin-holidayYears")), admin.toString());
        assertTrue(count("admin-accounts") >= 8, "one demo account per role");
        assertEquals(List.of(), browser.accessibilityProblems());
    }
}
