package id.djpk.portal.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class InboundEmailTest {

    private static EmailKind kind(String contentType, String from, String subject, String... headers) {
        Map<String, String> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 0; i < headers.length; i += 2) {
            h.put(headers[i], headers[i + 1]);
        }
        return InboundEmail.classify(h::get, contentType, from, subject);
    }

    @Test
    void automaticAnswersAreRecognisedByTheirHeadersAndVacationSubjects() {
        assertEquals(EmailKind.PERSONAL, kind("text/plain", "siti@bandung.go.id", "DAU"));
        assertEquals(EmailKind.PERSONAL, kind("text/plain", "siti@bandung.go.id", "DAU", "Auto-Submitted", "no"));
        assertEquals(EmailKind.AUTO_REPLY, kind("text/plain", "siti@bandung.go.id", "DAU", "Auto-Submitted", "auto-replied"));
        assertEquals(EmailKind.AUTO_REPLY, kind("text/plain", "siti@bandung.go.id", "DAU", "Auto-Submitted", "auto-generated"));
        assertEquals(EmailKind.AUTO_REPLY, kind("text/plain", "a@b.id", "DAU", "X-Autoreply", "yes"));
        assertEquals(EmailKind.AUTO_REPLY, kind("text/plain", "a@b.id", "DAU", "X-Autorespond", "x"));
        for (String p : List.of("bulk", "junk", "list", "auto_reply", "Bulk ")) {
            assertEquals(EmailKind.AUTO_REPLY, kind("text/plain", "a@b.id", "DAU", "Precedence", p), p);
        }
        assertEquals(EmailKind.PERSONAL, kind("text/plain", "a@b.id", "DAU", "Precedence", "first-class"));
        for (String s : List.of("Automatic reply: DAU", "Out of Office: DAU", "Balasan Otomatis: DAU", "AUTO: DAU")) {
            assertEquals(EmailKind.AUTO_REPLY, kind("text/plain", "a@b.id", s), s);
        }
        assertEquals(EmailKind.PERSONAL, kind("text/plain", "a@b.id", "Re: automatic reply tidak jalan"));
    }

    @Test
    void bouncesAreDeliveryReportsOrMailFromTheMailSystem() {
        assertEquals(EmailKind.BOUNCE, kind("multipart/report; report-type=delivery-status; boundary=x", "x@mx.id", "Undelivered"));
        assertEquals(EmailKind.BOUNCE, kind("text/plain", "MAILER-DAEMON@mx.example.com", "failure"));
        assertEquals(EmailKind.BOUNCE, kind("text/plain", "postmaster@example.com", "failure"));
        assertEquals(EmailKind.PERSONAL, kind("multipart/report; report-type=disposition-notification", "a@b.id", "Read"),
                "a read receipt is no bounce");
        assertEquals(EmailKind.BOUNCE, kind("text/plain", "mailer-daemon@x.id", "x", "X-Spam-Flag", "YES"), "a bounce before spam");
    }

    @Test
    void spamIsWhatTheServerFlagged() {
        assertEquals(EmailKind.SPAM, kind("text/plain", "a@b.id", "Menang", "X-Spam-Flag", "YES"));
        assertEquals(EmailKind.SPAM, kind("text/plain", "a@b.id", "Menang", "X-Spam-Flag", " yes "));
        assertEquals(EmailKind.PERSONAL, kind("text/plain", "a@b.id", "Menang", "X-Spam-Flag", "NO"));
        assertEquals(EmailKind.AUTO_REPLY, kind("text/plain", "a@b.id", "Menang", "X-Spam-Flag", "YES", "Precedence", "bulk"),
                "automatic spam is dropped, not queued");
    }

    @Test
    void aBounceNamesTheReturnedMessageAndTheReason() {
        String raw = """
                From: MAILER-DAEMON@mx.example.com
                Subject: Undelivered Mail
                Message-ID: <b1@mx.example.com>
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=delivery-status; boundary="B"

                --B
                Content-Type: text/plain

                Sorry.
                --B
                Content-Type: message/delivery-status

                Reporting-MTA: dns; mx.example.com

                Final-Recipient: rfc822; siti@bandung.go.id
                Action: failed
                Status: 5.1.1
                Diagnostic-Code: smtp; 550 5.1.1 user unknown
                --B
                Content-Type: message/rfc822

                Message-ID: <answer-1@djpk.kemenkeu.go.id>
                From: no-reply@djpk.kemenkeu.go.id
                Subject: [TIK-2026-000001] DAU

                Jawaban.
                --B--
                """;
        InboundEmail m = InboundEmail.parse(raw.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8), 1000);
        assertEquals(EmailKind.BOUNCE, m.kind());
        assertEquals(List.of("<answer-1@djpk.kemenkeu.go.id>"), m.bouncedIds());
        assertTrue(m.bounceReason().contains("5.1.1") && m.bounceReason().contains("550 5.1.1 user unknown"), m.bounceReason());
        assertTrue(m.attachments().isEmpty(), "the returned message is no attachment: " + m.attachments());
    }

    @Test
    void textPlainIsPreferredAndFilesOverTheLimitComeWithoutContent() {
        String raw = """
                From: =?UTF-8?Q?Siti_Aminah?= <siti@bandung.go.id>
                Subject: =?UTF-8?B?UGVueWFsdXJhbiBEQVU=?=
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="M"

                --M
                Content-Type: multipart/alternative; boundary="A"

                --A
                Content-Type: text/html; charset=UTF-8

                <p>versi <b>HTML</b></p>
                --A
                Content-Type: text/plain; charset=UTF-8

                versi teks
                --A--
                --M
                Content-Type: application/pdf; name="kecil.pdf"
                Content-Disposition: attachment; filename="kecil.pdf"

                12345
                --M
                Content-Type: application/zip
                Content-Disposition: attachment; filename="besar.zip"

                0123456789abcdef
                --M--
                """;
        InboundEmail m = InboundEmail.parse(raw.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8), 10);
        assertEquals("Siti Aminah", m.fromName());
        assertEquals("siti@bandung.go.id", m.fromAddress());
        assertEquals("Penyaluran DAU", m.subject());
        assertEquals("versi teks", m.text());
        assertEquals(EmailKind.PERSONAL, m.kind());
        assertEquals(2, m.attachments().size());
        assertEquals("kecil.pdf", m.attachments().get(0).fileName());
        assertEquals(5, m.attachments().get(0).content().length, "within the limit: with its bytes");
        assertNull(m.attachments().get(1).content(), "over the limit: noted without its bytes");
        assertTrue(m.attachments().get(1).size() > 10);
        assertTrue(m.messageId().matches("<[0-9a-f]{64}@sha256\\.invalid>"), "no Message-ID: the digest " + m.messageId());
    }

    @Test
    void aMessageWithoutSubjectOrTextStillReadsAsOne() {
        InboundEmail m = InboundEmail.parse("From: a@b.id\r\nMessage-ID: <x@y>\r\n\r\n".getBytes(StandardCharsets.UTF_8), 10);
        assertEquals(InboundEmail.NO_SUBJECT, m.subject());
        assertEquals(InboundEmail.NO_TEXT, m.text());
        assertEquals("<x@y>", m.messageId());
    }
}
