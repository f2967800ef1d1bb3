package id.djpk.portal.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.StreamProvider;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Jakarta Mail's stream provider named once: the one its search finds, and messages read as before. */
class MailStreamsTest {

    private final String before = System.getProperty(MailStreams.PROPERTY);

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(MailStreams.PROPERTY);
        } else {
            System.setProperty(MailStreams.PROPERTY, before);
        }
    }

    @Test
    void theProviderTheSearchFindsIsNamedAndAMessageIsReadWithIt() throws Exception {
        System.clearProperty(MailStreams.PROPERTY);
        Class<?> searched = StreamProvider.provider().getClass();
        String named = MailStreams.name();
        assertEquals(searched.getName(), named);
        assertEquals(named, System.getProperty(MailStreams.PROPERTY));
        assertSame(searched, StreamProvider.provider().getClass(), "the named class is the one used");
        assertEquals(named, MailStreams.name(), "a second call keeps it");

        byte[] raw = ("From: Siti <siti@example.org>\r\nSubject: =?UTF-8?B?VGFueWEgREFV?=\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
                + "Dana Alokasi Umum =E2=80=93 tahun 2027\r\n").getBytes(StandardCharsets.US_ASCII);
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
        assertEquals("Tanya DAU", m.getSubject());
        assertEquals("Dana Alokasi Umum \u2013 tahun 2027\r\n", m.getContent());
    }

    @Test
    void aProviderAnOperatorNamedIsLeftAsItIs() {
        System.setProperty(MailStreams.PROPERTY, "org.example.OtherStreamProvider");
        assertEquals("org.example.OtherStreamProvider", MailStreams.name());
        assertEquals("org.example.OtherStreamProvider", System.getProperty(MailStreams.PROPERTY));
    }
}
