package id.djpk.portal.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * The agent workspace (issue #18): the ticket as a conversation with the answer box at its foot and the properties
 * beside it (two columns at 1366×900, one on a phone); the region picked by typing, topics as chips, the assignee
 * changed; a knowledge-base answer inserted where the cursor is; the shortcuts (next ticket, send, close, the help);
 * and the queue's counters per view with a bulk take, a bulk assign and a bulk close, each ticket audited.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AgentWorkspaceIT extends BrowserTest {

    static final String OTHER_AGENT = "agen-meja";
    static String older;
    static String newer;

    static String ticketPage(String number, String queue) {
        return portal.staffUrl("/helpdesk/tiket.xhtml?nomor=" + number + (queue == null ? "" : "&antrian=" + queue));
    }

    static void pressOnPage(CharSequence... keys) {
        ((JavascriptExecutor) browser.driver()).executeScript("if (document.activeElement) { document.activeElement.blur(); }");
        new Actions(browser.driver()).sendKeys(keys).perform();
    }

    static JsonObject apiTicket(String number) throws Exception {
        return TicketsApiIT.json(TicketsApiIT.get("/" + number, "agent"));
    }

    @Test
    @Order(1)
    void theSidebarEditsTheTicketAndAnswersAreInsertedWhereTheCursorIs() throws Exception {
        HelpdeskAccounts.password(browser, portal, OTHER_AGENT, "Agen meja (uji ruang kerja)", "Agen Layer 1", null);
        older = TicketsApiIT.fileTicket("Sri Wahyuni", "sri.ruangkerja@example.go.id", "Penyaluran DAU triwulan",
                "Kapan DAU triwulan ini disalurkan ke kas daerah kami?");
        newer = TicketsApiIT.fileTicket("Budi Santoso", "budi.ruangkerja@example.go.id", "Jadwal rekonsiliasi",
                "Mohon jadwal rekonsiliasi DBH tahun ini.");
        HelpdeskJourneyIT.login("agent");
        browser.open(ticketPage(older, null));
        assertEquals(List.of(), HelpdeskJourneyIT.staffPageProblems(), "the workspace");

        // two columns at 1366×900: the properties beside the conversation; one column on a phone
        Rectangle main = browser.find(By.cssSelector(".ws-main")).getRect();
        Rectangle side = browser.find(By.cssSelector(".ws-side")).getRect();
        assertTrue(side.getX() > main.getX() + main.getWidth() - 5 && side.getY() < main.getY() + 200,
                "two columns: " + main + " / " + side);
        browser.document("agent-workspace", 1366, 900);
        org.openqa.selenium.Dimension before = browser.driver().manage().window().getSize();
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            Rectangle narrowMain = browser.find(By.cssSelector(".ws-main")).getRect();
            Rectangle narrowSide = browser.find(By.cssSelector(".ws-side")).getRect();
            assertTrue(narrowSide.getY() > narrowMain.getY() + narrowMain.getHeight() - 5, "one column on a phone");
            long scroll = (Long) ((JavascriptExecutor) browser.driver()).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertTrue(scroll <= 0, "no sideways scrolling on a phone: " + scroll);
        } finally {
            browser.driver().manage().window().setSize(before);
        }
        browser.document("agent-workspace-phone", 390, 844);

        // the region by typing its name (not a 552-entry list), topics as chips
        browser.type(By.id("classify:region_input"), "Kota Bandung");
        browser.find(By.xpath("//*[@id='classify:region_panel']//li[contains(@class,'ui-autocomplete-item')][normalize-space()='Kota Bandung']")).click();
        browser.awaitAjax();
        browser.find(By.cssSelector("#classify\\:topics")).click();
        browser.find(By.xpath("//*[@id='classify:topics_panel']//li[contains(., 'Dana Alokasi Umum')]//div[contains(@class,'ui-chkbox-box')]")).click();
        browser.awaitAjax();
        new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
        assertTrue(browser.find(By.cssSelector("#classify\\:topics .ui-selectcheckboxmenu-token")).getText().contains("Dana Alokasi Umum"),
                "the topic shows as a chip");
        browser.clickAndWait(By.id("classify:save"));
        assertEquals("Kota Bandung", browser.find(By.id("region")).getText());
        assertTrue(browser.find(By.cssSelector("#classify\\:topics .ui-selectcheckboxmenu-token")).getText().contains("Dana Alokasi Umum"));
        assertEquals(List.of("DAU"), apiTicket(older).getJsonArray("topics").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());

        // a canned answer of the ticket's topic, inserted where the cursor is (after what the agent wrote)
        browser.type(By.id("reply:text"), "Bapak/Ibu yang kami hormati,\n\nTerima kasih.");
        ((JavascriptExecutor) browser.driver()).executeScript("var t = document.getElementById('reply:text');"
                + "t.focus(); t.setSelectionRange(30, 30); t.dispatchEvent(new KeyboardEvent('keyup', {bubbles: true}));");
        browser.find(By.cssSelector("#reply\\:kb .ui-autocomplete-dropdown")).click();
        browser.find(By.xpath("//*[@id='reply:kb_panel']//li[contains(., 'Kapan DAU disalurkan?')]")).click();
        browser.await(d -> d.findElement(By.id("reply:text")).getAttribute("value").contains("RKUN") ? true : null);
        String text = browser.find(By.id("reply:text")).getAttribute("value");
        assertTrue(text.startsWith("Bapak/Ibu yang kami hormati,\n\nDAU disalurkan setiap bulan") && text.endsWith("Terima kasih."),
                "inserted at the cursor: " + text);
        // and a search of the knowledge base by words
        browser.type(By.id("reply:kb_input"), "pemindahbukuan RKUD");
        browser.find(By.xpath("//*[@id='reply:kb_panel']//li[contains(., 'Kapan DAU disalurkan?')]"));

        // the assignee: taken, then given to another agent
        browser.clickAndWait(By.id("take:save"));
        assertEquals("agent", browser.find(By.id("agent")).getText());
        new Select(browser.find(By.id("assign:agent"))).selectByValue(OTHER_AGENT);
        browser.clickAndWait(By.id("assign:save"));
        assertEquals(OTHER_AGENT, browser.find(By.id("agent")).getText());
        browser.clickAndWait(By.id("take:save"));
        assertEquals("agent", browser.find(By.id("agent")).getText());
    }

    @Test
    @Order(2)
    void shortcutsGoToTheNextTicketSendAndClose() {
        HelpdeskJourneyIT.login("agent");
        // the whole queue, newest first: the newer ticket, then the older one
        browser.open(ticketPage(newer, "ALL"));
        pressOnPage("?");
        assertTrue(browser.find(By.id("shortcuts")).isDisplayed(), "the help lists the shortcuts");
        assertEquals(List.of(), HelpdeskJourneyIT.staffPageProblems(), "the shortcuts' help");
        new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
        browser.await(d -> d.findElement(By.id("shortcuts")).isDisplayed() ? null : true);

        // a letter typed into a field is text, not a shortcut
        browser.type(By.id("reply:text"), "n");
        assertTrue(browser.driver().getCurrentUrl().contains(newer), "typing n stays on the ticket");

        pressOnPage("n");
        browser.await(d -> d.getCurrentUrl().contains("nomor=" + older) ? true : null);
        assertTrue(browser.driver().getCurrentUrl().contains("antrian=ALL"), "next keeps the queue");

        // Ctrl+Enter in the answer sends it
        browser.type(By.id("reply:text"), "DAU triwulan ini disalurkan pada minggu kedua bulan berjalan.");
        browser.find(By.id("reply:text")).sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        browser.await(d -> d.findElement(By.id("status")).getText().equals("Dijawab") ? true : null);
        assertTrue(browser.text().contains("Jawaban dikirim."), browser.text());

        // C closes the ticket
        pressOnPage("c");
        browser.await(d -> d.findElement(By.id("status")).getText().equals("Ditutup") ? true : null);
        assertTrue(browser.find(By.id("thread")).getText().contains("Tiket ditutup"), "the event in words, not CLOSED");
    }

    @Test
    @Order(3)
    void theQueueCountsEachViewAndActsOnTickedTickets() throws Exception {
        String first = TicketsApiIT.fileTicket("Rahmat Hidayat", "rahmat.antrian@example.go.id", "Sosialisasi DAK",
                "Kapan sosialisasi DAK Fisik diadakan?");
        String second = TicketsApiIT.fileTicket("Nur Aini", "nur.antrian@example.go.id", "Data transfer ke daerah",
                "Di mana data TKD per daerah dapat diunduh?");
        HelpdeskJourneyIT.login("agent");
        browser.open(portal.staffUrl("/helpdesk/antrian.xhtml?antrian=UNASSIGNED"));
        long unassigned = count("UNASSIGNED");
        long mine = count("MINE");
        String report = browser.find(By.cssSelector("#queueForm\\:tickets .ui-paginator-current")).getText();
        assertTrue(report.endsWith("/ " + unassigned), "the counter is the table's total: " + report + " vs " + unassigned);
        for (String view : List.of("WAITING_L2", "CALLBACK_OVERDUE", "OPEN", "ALL", "SPAM")) {
            count(view);
        }
        assertTrue(browser.find(By.id("queueForm:tickets")).getText().contains("belum dijawab"), "the rows say how long a ticket waits");
        assertEquals(List.of(), HelpdeskJourneyIT.staffPageProblems(), "the queue with counters and bulk actions");
        browser.document("agent-queue", 1366, 900);

        // take both at once
        tick(first);
        tick(second);
        browser.clickAjax(By.id("queueForm:bulkTake"));
        browser.await(d -> d.findElement(By.id("messages")).getText().contains("2 tiket diproses.") ? true : null);
        assertEquals(unassigned - 2, count("UNASSIGNED"));
        assertEquals(mine + 2, count("MINE"));

        // in my view: one to another agent, the other closed
        browser.find(By.cssSelector("a[data-queue='MINE']")).click();
        browser.await(d -> d.getCurrentUrl().contains("antrian=MINE") ? true : null);
        tick(first);
        browser.clickAjax(By.id("queueForm:bulkAssign"));
        browser.await(d -> d.findElement(By.id("messages")).getText().contains("Pilih dulu agen") ? true : null);
        new Select(browser.find(By.id("queueForm:bulkAgent"))).selectByValue(OTHER_AGENT);
        browser.clickAjax(By.id("queueForm:bulkAssign"));
        browser.await(d -> d.findElement(By.id("messages")).getText().contains("1 tiket diproses.") ? true : null);
        tick(second);
        browser.clickAjax(By.id("queueForm:bulkClose"));
        browser.await(d -> d.findElement(By.id("messages")).getText().contains("1 tiket diproses.") ? true : null);
        assertEquals("CLOSED", apiTicket(second).getString("status"));
        assertEquals(mine, count("MINE"));
        browser.open(ticketPage(first, null));
        assertEquals(OTHER_AGENT, browser.find(By.id("agent")).getText());

        // each ticket is audited on its own
        HelpdeskJourneyIT.login("admin");
        browser.open(portal.staffUrl("/admin/audit.xhtml"));
        String audit = browser.find(By.tagName("main")).getText();
        assertTrue(audit.contains("Tiket dialihkan ke agen lain") && audit.contains("Tiket ditutup"), audit);
        assertTrue(audit.contains(first) && audit.contains(second), "both tickets in the audit trail");
    }

    static long count(String view) {
        String text = browser.find(By.id("count-" + view)).getText().replace(".", "").replace(",", "").trim();
        assertTrue(text.matches("\\d+"), view + ": " + text);
        return Long.parseLong(text);
    }

    static void tick(String number) {
        browser.find(By.xpath("//*[@id='queueForm:tickets']//tr[contains(., '" + number + "')]//div[contains(@class,'ui-chkbox-box')]")).click();
        browser.awaitAjax();
    }
}
