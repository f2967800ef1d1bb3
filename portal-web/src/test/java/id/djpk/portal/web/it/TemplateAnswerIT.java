package id.djpk.portal.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue #13's 24-hour window from the agent's side: a Pemda officer asked for an agent on WhatsApp 26 hours ago; the
 * ticket page offers only the approved templates, the agent sends one, and it reaches the Cloud API (the stand-in) as
 * a template message, recorded on the ticket as the answer.
 */
class TemplateAnswerIT extends BrowserTest {

    @Test
    void outsideTheWindowTheAgentAnswersWithAnApprovedTemplate() throws Exception {
        Instant asked = Instant.now().minus(Duration.ofHours(26));
        ZonedDateTime wib = asked.atZone(ZoneId.of("Asia/Jakarta"));
        // the chatbot's figures count from the month of its first conversation: a conversation put in last month
        // would take the report's chatbot table of last month out of the editors' hands (ReportJourneyIT types it)
        Assumptions.assumeTrue(wib.getMonth() == ZonedDateTime.now(ZoneId.of("Asia/Jakarta")).getMonth(),
                "26 hours ago is still this month");
        String number = "62813" + (1_000_000 + new java.util.Random().nextInt(8_999_999));
        long t = asked.getEpochSecond();
        for (String text : List.of("Nama: Sri Wahyuni\nDaerah: Kab. Sleman\nInstansi: BKAD\nEmail: sri." + number
                + "@slemankab.go.id\nPertanyaan: Kapan DAK Fisik tahap II disalurkan?", "9")) {
            String d = WhatsAppJourneyIT.delivery(number, "wamid.OLD" + number + "x" + t, t, WhatsAppJourneyIT.text(text));
            assertEquals(200, WhatsAppJourneyIT.post(d, WhatsAppJourneyIT.sign(d)).statusCode());
            t += 20;
        }
        String ticket = browser.await(d -> {
            try {
                JsonObject found = WhatsAppJourneyIT.json(WhatsAppJourneyIT.staffGet("/api/tickets?channel=WHATSAPP&q=" + number).body());
                return found.getInt("total") == 0 ? null : found.getJsonArray("items").getJsonObject(0).getString("number");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        HelpdeskJourneyIT.login("agent");
        browser.open(portal.staffUrl("/helpdesk/tiket.xhtml?nomor=" + ticket));
        assertTrue(browser.find(By.id("templateHint")).getText().contains("24 jam"), browser.text());
        assertEquals(List.of(), browser.accessibilityProblems(), "ticket page with the template form");
        int before = portal.whatsApp().sentTo(number).size();
        new Select(browser.find(By.id("template:choice"))).selectByValue("hello_world|en_US");
        browser.clickAndWait(By.id("template:sendTemplate"));
        assertTrue(browser.text().contains("Templat dikirim."), browser.text());
        assertTrue(browser.find(By.id("thread")).getText().contains("Templat hello_world (en_US)"), browser.text());

        CloudApiStandIn.Sent sent = portal.whatsApp().await(number, before, s -> s.body().contains("\"type\":\"template\""));
        assertTrue(sent.body().contains("\"name\":\"hello_world\"") && sent.body().contains("en_US"), sent.body());
        JsonObject api = WhatsAppJourneyIT.json(WhatsAppJourneyIT.staffGet("/api/tickets/" + ticket).body());
        assertEquals("ANSWERED", api.getString("status"));
    }
}
