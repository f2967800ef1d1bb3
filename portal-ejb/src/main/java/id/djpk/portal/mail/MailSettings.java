package id.djpk.portal.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The SMTP server, from MicroProfile Config ({@code PORTAL_MAIL_SMTP_HOST} and friends). No host means no
 * server: messages are held in the outbox.
 */
@ApplicationScoped
public class MailSettings {

    @Inject
    @ConfigProperty(name = "portal.mail.smtp.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "portal.mail.smtp.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "portal.mail.smtp.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "portal.mail.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "portal.mail.smtp.starttls", defaultValue = "false")
    boolean startTls;

    @Inject
    @ConfigProperty(name = "portal.mail.from", defaultValue = "Portal Layanan Informasi DJPK <no-reply@djpk.kemenkeu.go.id>")
    String from;

    public boolean configured() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    public String from() {
        return from;
    }

    Optional<String> user() {
        return user.filter(u -> !u.isBlank());
    }

    Optional<String> password() {
        return password;
    }

    Properties sessionProperties() {
        Properties p = new Properties();
        p.put("mail.smtp.host", host.orElse(""));
        p.put("mail.smtp.port", String.valueOf(port));
        p.put("mail.smtp.connectiontimeout", "10000");
        p.put("mail.smtp.timeout", "20000");
        p.put("mail.smtp.writetimeout", "20000");
        p.put("mail.smtp.auth", String.valueOf(user().isPresent()));
        p.put("mail.smtp.starttls.enable", String.valueOf(startTls));
        p.put("mail.smtp.starttls.required", String.valueOf(startTls));
        return p;
    }
}
