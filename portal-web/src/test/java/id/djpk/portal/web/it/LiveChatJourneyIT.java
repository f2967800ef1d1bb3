package id.djpk.portal.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.djpk.portal.system.Messages;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The live chat in two Chromium windows (issue #14): the agent sets themselves available in the console, a visitor
 * starts a chat from the public site's "Mulai Percakapan" panel, the agent takes it and answers with a knowledge-base
 * answer, the visitor's reply reaches the console, a reload resumes the chat, the agent closes it, the transcript
 * with the survey link arrives by e-mail and the visitor rates the service. And a transfer: an agent hands a chat to
 * another agent, who becomes the ticket's agent (audited), answers it in their console and the visitor's chat goes on.
 */
class LiveChatJourneyIT extends BrowserTest {

    static Browser visitor;

    @AfterAll
    static void closeVisitor() throws Exception {
        if (visitor != null) {
            visitor.close();
        }
        LiveChatIT.portal = portal;
        LiveChatIT.presence("agent", "{\"available\": false}");
    }

    @Test
    void visitorAndAgentChatThroughTheirWindows() throws Exception {
        // the agent's window: available in the console
        HelpdeskJourneyIT.login("agent");
        browser.open(portal.staffUrl("/helpdesk/percakapan.xhtml"));
        WebElement box = browser.find(By.cssSelector("#console\\:available .ui-chkbox-box"));
        if (!browser.find(By.id("console:presence")).getText().contains("Anda tersedia")) {
            box.click();
        }
        browser.await(d -> d.findElement(By.id("console:presence")).getText().contains("Anda tersedia") ? true : null);
        assertEquals(List.of(), browser.accessibilityProblems(), "the console");
        // from here on the console learns of the new chat and the visitor's messages only by the push (ConsolePush
        // over the Faces websocket): its 30-second heartbeat poll is stopped
        ((JavascriptExecutor) browser.driver()).executeScript("PF('lcHeartbeat').stop();");

        // the visitor's window: the panel on the home page
        visitor = new Browser();
        visitor.open(portal.publicUrl("/"));
        visitor.find(By.id("livechat-open")).click();
        String name = "Ni Luh Putu " + System.nanoTime();
        String email = "niluh-" + System.nanoTime() + "@example.go.id";
        visitor.type(By.id("livechat-name"), name);
        visitor.type(By.id("livechat-email"), email);
        visitor.type(By.id("livechat-region"), "51.71");
        visitor.type(By.id("livechat-message"), "Bagaimana cara mengajukan DAK fisik?");
        visitor.find(By.id("livechat-go")).click();
        try {
            visitor.await(d -> d.findElement(By.id("livechat-log")).getText().contains("Bagaimana cara mengajukan DAK fisik?") ? true : null);
        } catch (TimeoutException e) {
            throw new AssertionError("the visitor's message did not come back: the panel shows \""
                    + visitor.find(By.id("livechat-panel")).getText() + "\"" + portal.diagnose("id.djpk.portal"), e);
        }
        assertEquals(List.of(), visitor.accessibilityProblems(), "the open chat panel");
        assertEquals(List.of(), visitor.consoleErrors(), "no script or CSP error");

        // the agent: the chat comes into the queue (poll), is taken and answered with a knowledge-base answer
        browser.await(d -> d.findElement(By.id("console:queue")).getText().contains(name) ? true : null);
        assertTrue(Integer.parseInt(browser.find(By.id("lcCount")).getAttribute("data-count")) >= 1, "the counter");
        WebElement row = browser.find(By.xpath("//*[@id='console:queue']//tr[contains(., '" + name + "')]"));
        row.findElement(By.cssSelector("button[id$=':take']")).click();
        browser.awaitAjax();
        browser.await(d -> d.findElements(By.cssSelector("section.lc-chat")).isEmpty() ? null : true);
        WebElement chat = browser.find(By.xpath("//section[contains(@class,'lc-chat')][contains(., '" + name + "')]"));
        new Select(chat.findElement(By.cssSelector("select[id$=':canned']"))).selectByIndex(1);
        chat.findElement(By.cssSelector("button[id$=':useCanned']")).click();
        browser.awaitAjax();
        String answer = browser.await(d -> {
            String v = d.findElement(By.xpath("//section[contains(@class,'lc-chat')][contains(., '" + name + "')]//textarea"))
                    .getAttribute("value");
            return v == null || v.isBlank() ? null : v;
        });
        browser.find(By.xpath("//section[contains(@class,'lc-chat')][contains(., '" + name + "')]//button[contains(@id,':send')]")).click();
        browser.awaitAjax();
        String firstLine = answer.lines().findFirst().orElseThrow().strip();
        visitor.await(d -> d.findElement(By.id("livechat-log")).getText().contains(firstLine) ? true : null);

        // the visitor answers; the console shows it
        visitor.type(By.id("livechat-body"), "Terima kasih, sudah jelas.");
        visitor.find(By.id("livechat-submit")).click();
        browser.await(d -> d.findElement(By.xpath("//section[contains(@class,'lc-chat')][contains(., '" + name + "')]"))
                .getText().contains("Terima kasih, sudah jelas.") ? true : null);
        assertEquals(List.of(), browser.consoleErrors(), "no script or CSP error in the console (its websocket included)");

        // a reload resumes the chat with its whole conversation
        visitor.driver().navigate().refresh();
        visitor.await(d -> {
            String log = d.findElement(By.id("livechat-log")).getText();
            return log.contains("Bagaimana cara mengajukan DAK fisik?") && log.contains(firstLine)
                    && log.contains("Terima kasih, sudah jelas.") ? true : null;
        });

        // the agent closes; the visitor's panel says so
        browser.find(By.xpath("//section[contains(@class,'lc-chat')][contains(., '" + name + "')]//button[contains(@id,':close')]")).click();
        browser.awaitAjax();
        visitor.await(d -> d.findElement(By.id("livechat-status")).getText().contains("Percakapan selesai") ? true : null);
        assertTrue(visitor.find(By.id("livechat-log")).getText().contains("Agen telah menutup percakapan"));

        // the transcript with the survey link, and the survey
        MimeMessage mail = browser.await(d -> {
            for (MimeMessage m : portal.smtp().getReceivedMessages()) {
                try {
                    if (m.getAllRecipients()[0].toString().equals(email) && m.getSubject().contains("Transkrip")) {
                        return m;
                    }
                } catch (jakarta.mail.MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }
            return null;
        });
        String text = LiveChatIT.text(mail);
        assertTrue(text.contains("Bagaimana cara mengajukan DAK fisik?") && text.contains(firstLine), text);
        Matcher m = Pattern.compile("(http\\S+/tiket/survei#kode=[0-9A-Z-]+)").matcher(text);
        assertTrue(m.find(), text);
        visitor.open(m.group(1));
        visitor.await(d -> !d.findElements(By.id("service-5")).isEmpty());
        visitor.find(By.id("service-5")).click();
        visitor.find(By.id("answer-5")).click();
        visitor.clickAndWait(By.id("kirim-survei"));
        assertNotNull(visitor.find(By.id("terima-kasih")));

        // the agent signs out: away at once, not after two silent minutes
        browser.clickAndWait(By.id("nav:logout"));
        java.net.http.HttpResponse<String> presence = HTTP.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(portal.staffUrl("/api/livechat/presence"))).header("Authorization", LiveChatIT.basic("agent"))
                .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, presence.statusCode(), presence.body());
        assertFalse(LiveChatIT.json(presence.body()).getBoolean("available"), presence.body());
    }

    @Test
    void anAgentTransfersAChatToAnotherAgentWhoCarriesItOn() throws Exception {
        String other = "agen-alih";
        String password = HelpdeskAccounts.password(browser, portal, other, "Agen kedua (uji alih percakapan)", "Agen Layer 1", null);
        LiveChatIT.portal = portal;
        LiveChatIT.agentAvailable();
        HelpdeskJourneyIT.login("agent");
        browser.open(portal.staffUrl("/helpdesk/percakapan.xhtml"));
        String name = "Kadek Ayu " + System.nanoTime();
        try (ChatClient chat = ChatClient.open(portal, LiveChatIT.address())) {
            String number = LiveChatIT.started(chat, name, "kadek-" + System.nanoTime() + "@example.go.id",
                    "Siapa yang menangani rekonsiliasi DBH?").getString("ticket");

            // the agent takes the chat, then hands it to the other agent
            String mine = "//section[contains(@class,'lc-chat')][contains(., '" + name + "')]";
            browser.await(d -> d.findElement(By.id("console:queue")).getText().contains(name) ? true : null);
            browser.clickAjax(takeButton(name));
            new Select(browser.find(By.xpath(mine + "//select[contains(@id,':transferTo')]"))).selectByVisibleText(other);
            browser.find(By.xpath(mine + "//button[contains(@id,':transfer')]")).click();
            browser.awaitAjax();
            browser.await(d -> d.findElement(By.id("console:msgs")).getText().contains("dialihkan ke " + other) ? true : null);
            assertTrue(browser.all(By.xpath(mine)).isEmpty(), "the chat leaves the agent's console");
            browser.await(d -> d.findElement(By.xpath("//*[@id='console:queue']//tr[contains(., '" + name + "')]"))
                    .getText().contains(other) ? true : null);
            browser.open(portal.staffUrl("/helpdesk/tiket.xhtml?nomor=" + number));
            assertEquals(other, browser.find(By.id("agent")).getText(), "the ticket's agent");
            jakarta.json.JsonObject transferred = LiveChatIT.audited(number, "TICKET_TRANSFERRED");
            assertEquals("agent", transferred.getString("actor"));
            assertEquals("agent → " + other, transferred.getString("detail"));

            // the other agent opens it from the queue and answers; the visitor's socket carries on both ways
            login(other, password);
            browser.open(portal.staffUrl("/helpdesk/percakapan.xhtml"));
            browser.await(d -> d.findElement(By.id("console:queue")).getText().contains(name) ? true : null);
            browser.clickAjax(takeButton(name));
            browser.type(By.xpath(mine + "//textarea"), "Rekonsiliasi DBH ditangani Direktorat Dana Transfer Umum.");
            browser.find(By.xpath(mine + "//button[contains(@id,':send')]")).click();
            browser.awaitAjax();
            assertEquals("Rekonsiliasi DBH ditangani Direktorat Dana Transfer Umum.", chat.nextFrom("AGENT").getString("body"));
            assertEquals(other, LiveChatIT.audited(number, "TICKET_REPLIED").getString("actor"));
            chat.send(ChatClient.frame("message").add("body", "Baik, terima kasih."));
            browser.await(d -> d.findElement(By.xpath(mine)).getText().contains("Baik, terima kasih.") ? true : null);

            browser.find(By.xpath(mine + "//button[contains(@id,':close')]")).click();
            browser.awaitAjax();
            assertEquals(Messages.text(Locale.forLanguageTag("id"), "livechat.closedByAgent"), chat.nextFrom("SYSTEM").getString("body"));
            assertEquals("closed", chat.next().getString("type"));
        }
    }

    /** The "take" button on the queue's row of the chat (the queue is redrawn by pushes). */
    private static By takeButton(String name) {
        return By.xpath("//*[@id='console:queue']//tr[contains(., '" + name + "')]//button[contains(@id,':take')]");
    }
}
