package id.djpk.portal.web.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * An agent answers the demo's e-mailed question on the ticket page with a file (issue #12): the file is checked and
 * listed before sending, the requester receives the answer as a reply in the conversation with the file, and the
 * thread shows the answer as sent, with its file for download (audited) and in the staff API with its SHA-256.
 */
class TicketAnswerIT extends BrowserTest {

    @Test
    void anAgentAnswersAnEmailWithAFileAndSeesItSent() throws Exception {
        JsonObject list = TicketsApiIT.json(TicketsApiIT.get("?channel=EMAIL&q=dimas%40demo.djpk.invalid", "agent"));
        String number = list.getJsonArray("items").getJsonObject(0).getString("number");
        HelpdeskJourneyIT.login("agent");
        browser.open(portal.staffUrl("/helpdesk/tiket.xhtml?nomor=" + number));
        assertTrue(browser.find(By.id("answer")).getText().contains("balasan atas email penanya"), "says how the answer travels");

        Path fake = Files.createTempFile(Path.of("target").toAbsolutePath(), "it-palsu", ".pdf");
        Files.writeString(fake, "bukan PDF");
        browser.present(By.cssSelector("#replyFiles input[type=file]")).sendKeys(fake.toString());
        browser.await(d -> d.findElement(By.id("replyFiles:fileMessages")).getText().contains("bukan PDF yang sah") ? true : null);

        byte[] pdf = TestPdf.withText("Realisasi APBD 2020-2024");
        Path file = Path.of("target", "realisasi-apbd.pdf").toAbsolutePath();
        Files.write(file, pdf);
        browser.present(By.cssSelector("#replyFiles input[type=file]")).sendKeys(file.toString());
        browser.await(d -> d.findElement(By.id("pending")).getText().contains("realisasi-apbd.pdf") ? true : null);
        assertTrue(!browser.find(By.id("pending")).getText().contains("it-palsu"), "the refused file is not listed");
        assertEquals(List.of(), HelpdeskJourneyIT.staffPageProblems(), "ticket page with a file to send");

        browser.type(By.id("reply:text"), "Data realisasi APBD 2020-2024 kami lampirkan.");
        browser.clickAndWait(By.id("reply:send"));
        assertTrue(browser.text().contains("Jawaban dikirim."), browser.text());
        browser.driver().navigate().refresh();
        assertEquals(1, browser.driver().findElements(By.cssSelector("#thread li.thread-reply")).size(),
                "reloading the page sends nothing a second time");

        // the dispatcher hands it to the SMTP server; the requester's mail program gets a reply in the conversation
        MimeMessage received = browser.await(d -> {
            for (MimeMessage m : portal.smtp().getReceivedMessages()) {
                try {
                    if (m.getSubject().equals("Re: Data realisasi APBD [" + number + "]")) {
                        return m;
                    }
                } catch (jakarta.mail.MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }
            return null;
        });
        assertEquals("dimas@demo.djpk.invalid", received.getAllRecipients()[0].toString());
        assertTrue(received.getMessageID().matches("<.+@.+>"), received.getMessageID());
        Multipart parts = (Multipart) received.getContent();
        assertTrue(parts.getBodyPart(0).getContent().toString().contains("Data realisasi APBD 2020-2024 kami lampirkan."));
        assertEquals("realisasi-apbd.pdf", parts.getBodyPart(1).getFileName());
        assertArrayEquals(pdf, parts.getBodyPart(1).getInputStream().readAllBytes());

        // the page shows the answer as sent once the outbox reports it
        String page = portal.staffUrl("/helpdesk/tiket.xhtml?nomor=" + number);
        browser.await(d -> {
            d.get(page);
            return d.findElement(By.id("thread")).getText().contains("Terkirim") ? true : null;
        });
        String thread = browser.find(By.id("thread")).getText();
        assertTrue(thread.contains("realisasi-apbd.pdf"), thread);
        assertTrue(browser.driver().findElements(By.cssSelector("#pending li")).isEmpty(), "nothing waits to be sent any more");

        String href = browser.find(By.cssSelector("#thread a.attachment")).getAttribute("href");
        HttpResponse<byte[]> download = HTTP.send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + browser.cookies().get("JSESSIONID")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, download.statusCode());
        assertArrayEquals(pdf, download.body());
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        HttpResponse<byte[]> anonymous = HTTP.send(HttpRequest.newBuilder(URI.create(href)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertTrue(anonymous.statusCode() != 200, "staff only");
        assertEquals(404, HTTP.send(HttpRequest.newBuilder(URI.create(portal.staffUrl("/helpdesk/berkas?lampiran=999999999")))
                .header("Cookie", "JSESSIONID=" + browser.cookies().get("JSESSIONID")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode());

        JsonObject detail = TicketsApiIT.json(TicketsApiIT.get("/" + number, "agent"));
        JsonObject answer = detail.getJsonArray("messages").stream().map(v -> v.asJsonObject())
                .filter(m -> m.getString("direction").equals("OUT")).reduce((a, b) -> b).orElseThrow();
        assertEquals("SENT", answer.getString("status"));
        JsonObject attachment = answer.getJsonArray("attachments").getJsonObject(0);
        assertEquals("realisasi-apbd.pdf", attachment.getString("name"));
        assertEquals(pdf.length, attachment.getJsonNumber("size").longValue());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)), attachment.getString("sha256"));

        HelpdeskJourneyIT.login("admin");
        browser.open(portal.staffUrl("/admin/audit.xhtml"));
        assertTrue(browser.text().contains("Lampiran tiket dibuka"), "the opening is audited");
    }
}
