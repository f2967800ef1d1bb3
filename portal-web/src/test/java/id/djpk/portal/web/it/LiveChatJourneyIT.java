package id.djpk.portal.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The live chat in two Chromium windows (issue #14): the agent sets themselves available in the console, a visitor
 * starts a chat from the public site's "Mulai Percakapan" panel, the agent takes it and answers with a knowledge-base
 * answer, the visitor's reply reaches the console, a reload resumes the chat, the agent closes it, the transcript
 * with the survey link arrives by e-mail and the visitor rates the service.
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
        visitor.await(d -> d.findElement(By.id("livechat-log")).getText().contains("Bagaimana cara mengajukan DAK fisik?") ? true : null);
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
        Object content = mail.getContent();
        String text = content instanceof jakarta.mail.Multipart parts ? parts.getBodyPart(0).getContent().toString()
                : content.toString();
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
}
