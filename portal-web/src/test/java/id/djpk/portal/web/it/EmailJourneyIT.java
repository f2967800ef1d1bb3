package id.djpk.portal.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

/**
 * The e-mail channel end to end (issue #12): a citizen e-mails the call center (GreenMail, read by the portal over
 * IMAP) → the ticket appears in the agent's queue → the agent answers → the citizen receives it with the right
 * headers → the citizen replies → the same ticket shows it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmailJourneyIT extends BrowserTest {

    static final String CITIZEN = "wati.email@example.go.id";
    static final String SUBJECT = "Pertanyaan SILPA DAK Fisik " + System.nanoTime() % 100000;
    static String firstMessageId;
    static String number;
    static MimeMessage answer;

    static Session session() {
        Properties p = new Properties();
        p.put("mail.smtp.host", "127.0.0.1");
        p.put("mail.smtp.port", Integer.toString(portal.smtp().getSmtp().getPort()));
        return Session.getInstance(p);
    }

    static HttpResponse<String> api(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(portal.staffUrl(path))).header("Authorization", HelpdeskApiIT.basic("agent"))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @Order(1)
    void aCitizensEmailBecomesATicketInTheAgentsQueue() throws Exception {
        MimeMessage m = new MimeMessage(session());
        m.setFrom(new InternetAddress(CITIZEN, "Wati Susanti"));
        m.setRecipient(Message.RecipientType.TO, new InternetAddress(PortalServer.CALL_CENTER));
        m.setSubject(SUBJECT, "UTF-8");
        MimeMultipart parts = new MimeMultipart();
        MimeBodyPart html = new MimeBodyPart();
        html.setContent("<p>Selamat siang,</p><p>bagaimana perlakuan <b>SILPA DAK Fisik</b> tahun lalu?</p>"
                + "<script>alert(1)</script>", "text/html; charset=UTF-8");
        parts.addBodyPart(html);
        MimeBodyPart pdf = new MimeBodyPart();
        pdf.setDataHandler(new DataHandler(new ByteArrayDataSource(TestPdf.withText("Lampiran SILPA"), "application/pdf")));
        pdf.setFileName("rincian-silpa.pdf");
        parts.addBodyPart(pdf);
        m.setContent(parts);
        Transport.send(m);
        // Transport.send gives the message its Message-ID (saveChanges): read it afterwards
        firstMessageId = m.getMessageID();

        HelpdeskJourneyIT.login("agent");
        long deadline = System.nanoTime() + 90_000_000_000L;
        while (System.nanoTime() < deadline) {
            HttpResponse<String> list = api("/api/tickets?channel=EMAIL&q=" + java.net.URLEncoder.encode(SUBJECT, "UTF-8"));
            Matcher found = Pattern.compile("\"number\":\"(TIK-\\d{4}-\\d{6})\"").matcher(list.body());
            if (list.statusCode() == 200 && found.find()) {
                number = found.group(1);
                break;
            }
            PortalServer.sleep(500);
        }
        assertNotNull(number, "the mail became a ticket");
        // in the agents' queue: new, nobody's yet, with the sender as requester (the same query as the queue page's)
        String listed = api("/api/tickets?channel=EMAIL&status=NEW&q=" + java.net.URLEncoder.encode(SUBJECT, "UTF-8")).body();
        assertTrue(listed.contains(number) && listed.contains("Wati Susanti") && listed.contains(CITIZEN), listed);
    }

    @Test
    @Order(2)
    void theAgentAnswersAndTheCitizenReceivesItInTheConversation() throws Exception {
        HelpdeskJourneyIT.login("agent");
        browser.open(portal.staffUrl("/helpdesk/tiket.xhtml?nomor=" + number));
        String thread = browser.find(By.id("thread")).getText();
        assertTrue(thread.contains("bagaimana perlakuan SILPA DAK Fisik tahun lalu?"), "HTML read as text: " + thread);
        assertTrue(!thread.contains("alert(1)"), "no script text");
        assertTrue(thread.contains("rincian-silpa.pdf"), "the attachment is on the ticket");
        assertEquals(List.of(), browser.accessibilityProblems(), "e-mail ticket");
        browser.type(By.id("reply:text"), "SILPA DAK Fisik diperhitungkan pada penyaluran tahun berjalan. Salam, Dering DJPK.");
        browser.clickAndWait(By.id("reply:send"));
        assertEquals("Dijawab", browser.find(By.id("status")).getText());

        long deadline = System.nanoTime() + 60_000_000_000L;
        while (answer == null && System.nanoTime() < deadline) {
            for (MimeMessage m : portal.smtp().getReceivedMessages()) {
                if (m.getAllRecipients()[0].toString().equals(CITIZEN) && m.getSubject().contains("[" + number + "]")
                        && m.getSubject().startsWith("Re: ")) {
                    answer = m;
                }
            }
            PortalServer.sleep(300);
        }
        assertNotNull(answer, "the answer went out by e-mail");
        assertEquals("Re: " + SUBJECT + " [" + number + "]", answer.getSubject());
        assertEquals(firstMessageId, answer.getHeader("In-Reply-To", null));
        assertTrue(answer.getHeader("References", null).contains(firstMessageId));
        assertNotNull(answer.getMessageID());
    }

    @Test
    @Order(3)
    void theCitizensReplyJoinsTheSameTicket() throws Exception {
        MimeMessage reply = new MimeMessage(session());
        reply.setFrom(new InternetAddress(CITIZEN, "Wati Susanti"));
        reply.setRecipient(Message.RecipientType.TO, new InternetAddress(PortalServer.CALL_CENTER));
        reply.setSubject("Re: " + SUBJECT, "UTF-8");
        reply.setHeader("In-Reply-To", answer.getMessageID());
        reply.setHeader("References", firstMessageId + " " + answer.getMessageID());
        reply.setText("Terima kasih, sudah jelas.", "UTF-8");
        Transport.send(reply);
        long deadline = System.nanoTime() + 90_000_000_000L;
        String detail = "";
        while (System.nanoTime() < deadline) {
            detail = api("/api/tickets/" + number).body();
            if (detail.contains("sudah jelas")) {
                break;
            }
            PortalServer.sleep(500);
        }
        assertTrue(detail.contains("sudah jelas"), "the reply is on the same ticket: " + detail);
        assertTrue(detail.contains("\"direction\":\"OUT\"") && detail.contains("\"channel\":\"EMAIL\""), detail);
        String tickets = api("/api/tickets?channel=EMAIL&q=" + java.net.URLEncoder.encode(SUBJECT, "UTF-8")).body();
        assertEquals(1, tickets.split("TIK-").length - 1, "one ticket for the conversation: " + tickets);
    }

    @Test
    @Order(4)
    void aPpidEmailBecomesARequestReceivedWhenTheMailServerReceivedIt() throws Exception {
        String subject = "Permohonan data APBD " + System.nanoTime() % 100000;
        MimeMessage m = new MimeMessage(session());
        m.setFrom(new InternetAddress("budi.peneliti@example.ac.id", "Budi Peneliti"));
        m.setRecipient(Message.RecipientType.TO, new InternetAddress(PortalServer.PPID_MAILBOX));
        m.setSubject(subject, "UTF-8");
        m.setText("Mohon salinan realisasi APBD Kota Bandung 2025 untuk penelitian.", "UTF-8");
        Transport.send(m);

        HelpdeskJourneyIT.login("ppid");
        assertTrue(openUntilShown("/ppid/email.xhtml", "emails", subject), "the PPID mailbox's message waits on the desk's page");
        assertEquals(List.of(), browser.accessibilityProblems(), "PPID e-mail page");
        String row = browser.find(By.xpath("//tr[contains(., '" + subject + "')]")).getText();
        browser.find(By.xpath("//tr[contains(., '" + subject + "')]//a")).click();
        browser.await(d -> !d.findElements(By.id("fromEmail")).isEmpty());
        assertEquals("Budi Peneliti", browser.find(By.id("form:name")).getAttribute("value"));
        assertEquals("budi.peneliti@example.ac.id", browser.find(By.id("form:email")).getAttribute("value"));
        assertTrue(browser.find(By.id("form:information")).getAttribute("value").contains("realisasi APBD Kota Bandung"));
        browser.type(By.id("form:nik"), "3273014508850002");
        browser.type(By.id("form:address"), "Jl. Ganesha 10, Bandung");
        browser.type(By.id("form:occupation"), "Peneliti");
        browser.type(By.id("form:phone"), "0812-1111-3333");
        browser.type(By.id("form:purpose"), "Penelitian keuangan daerah");
        browser.selectMenu("form:obtainMethod", "Salinan cetak");
        browser.selectMenu("form:deliveryMethod", "Mengambil langsung");
        browser.find(By.cssSelector("#form\\:consent .ui-chkbox-box")).click();
        browser.clickAndWait(By.id("form:save"));
        assertTrue(browser.text().contains("Permohonan dicatat dengan nomor"), browser.text());
        browser.open(portal.staffUrl("/ppid/email.xhtml"));
        assertTrue(!browser.find(By.id("emails")).getText().contains(subject), "it left the inbox: " + row);
    }
}
