package id.djpk.portal.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The report page of a month in which blasts went out from the portal: the list is the blasts sent (Contact Center →
 * Blast), marked as data, and the editor no longer types blasts in (issue #13/#16 figures from data).
 */
class ChannelReportIT extends BrowserTest {

    @Test
    void theMonthsBlastsAreTheBlastsSentFromThePortal() throws Exception {
        YearMonth now = YearMonth.now(ZoneId.of("Asia/Jakarta"));
        String name = "Sosialisasi PMK TKD " + System.nanoTime();
        // a segment nobody in the demo belongs to: the blast goes out at once to no one, and is done
        HttpResponse<String> created = WhatsAppJourneyIT.blast("agent", Json.createObjectBuilder().add("name", name)
                .add("channel", "WHATSAPP").add("template", "hello_world").add("language", "en_US")
                .add("parameters", Json.createArrayBuilder()).add("segment", Json.createObjectBuilder().add("regionCode", "95.06"))
                .build().toString());
        assertEquals(201, created.statusCode(), created.body());

        PpidDeskIT.login("editor");
        browser.open(portal.staffUrl("/laporan/laporan.xhtml?bulan=" + now));
        if (!browser.all(By.id("report:refresh")).isEmpty()) {
            browser.clickAndWait(By.id("report:refresh")); // a draft another test opened earlier: compiled again
        }
        String blasts = browser.find(By.id("report:sentBlasts")).getText();
        assertTrue(blasts.contains(name) && blasts.contains("WhatsApp"), blasts);
        assertTrue(browser.find(By.id("blastsFromData")).getText().contains("Contact Center → Blast"), browser.text());
        assertTrue(browser.all(By.id("report:addBlast")).isEmpty(), "no blast typed in a month the portal measures");
        assertEquals(List.of(), browser.accessibilityProblems(), "report with the blasts from data");

        HttpResponse<String> api = HelpdeskApiIT.send(HttpRequest.newBuilder(URI.create(portal.staffUrl("/api/reports/" + now)))
                .header("Authorization", HelpdeskApiIT.basic("editor")));
        JsonObject report = Json.createReader(new StringReader(api.body())).readObject();
        assertTrue(report.getJsonObject("blasts.total").getBoolean("fromData"), report.toString());
        assertTrue(report.getJsonArray("blasts.list").stream().anyMatch(b -> b.asJsonObject().getString("subject").equals(name)));
    }
}
