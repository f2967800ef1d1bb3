package id.djpk.portal.email;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The IMAP server the mailboxes are read from, from MicroProfile Config ({@code PORTAL_MAIL_IMAP_HOST} and
 * friends, like {@code MailSettings} for SMTP). No host: no intake (the demo works without).
 */
@ApplicationScoped
public class ImapSettings {

    @Inject
    @ConfigProperty(name = "portal.mail.imap.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "portal.mail.imap.port", defaultValue = "993")
    int port;

    @Inject
    @ConfigProperty(name = "portal.mail.imap.ssl", defaultValue = "true")
    boolean ssl;

    @Inject
    @ConfigProperty(name = "portal.mail.imap.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "portal.mail.imap.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "portal.mail.imap.folder", defaultValue = "INBOX")
    String folder;

    @Inject
    @ConfigProperty(name = "portal.mail.imap.done-folder", defaultValue = "Diproses")
    String doneFolder;

    @Inject
    @ConfigProperty(name = "portal.mail.imap.poll-seconds", defaultValue = "60")
    int pollSeconds;

    @Inject
    @ConfigProperty(name = "portal.mail.imap.ppid.user")
    Optional<String> ppidUser;

    @Inject
    @ConfigProperty(name = "portal.mail.imap.ppid.password")
    Optional<String> ppidPassword;

    @Inject
    @ConfigProperty(name = "portal.mail.imap.lapor.user")
    Optional<String> laporUser;

    @Inject
    @ConfigProperty(name = "portal.mail.imap.lapor.password")
    Optional<String> laporPassword;

    public boolean configured() {
        return host.filter(h -> !h.isBlank()).isPresent() && user.filter(u -> !u.isBlank()).isPresent();
    }

    /**
     * The mailboxes to read: the contact center's when a host and user are set, the PPID desk's and Email Lapor's
     * when their users are (same host, port and SSL).
     */
    public List<Mailbox> mailboxes() {
        List<Mailbox> boxes = new ArrayList<>();
        if (configured()) {
            boxes.add(Mailbox.HELPDESK);
            if (ppidUser.filter(u -> !u.isBlank()).isPresent()) {
                boxes.add(Mailbox.PPID);
            }
            if (laporUser.filter(u -> !u.isBlank()).isPresent()) {
                boxes.add(Mailbox.LAPOR);
            }
        }
        return boxes;
    }

    public String host() {
        return host.orElse("");
    }

    public int port() {
        return port;
    }

    public boolean ssl() {
        return ssl;
    }

    public String folder() {
        return folder;
    }

    public String doneFolder() {
        return doneFolder;
    }

    /** How often a server without IDLE is asked, and the longest one IDLE waits before the folder is read again. */
    public Duration pollInterval() {
        return Duration.ofSeconds(Math.max(5, pollSeconds));
    }

    String user(Mailbox box) {
        return (switch (box) {
            case PPID -> ppidUser;
            case LAPOR -> laporUser;
            case HELPDESK -> user;
        }).orElse("");
    }

    String password(Mailbox box) {
        return (switch (box) {
            case PPID -> ppidPassword;
            case LAPOR -> laporPassword;
            case HELPDESK -> password;
        }).orElse("");
    }

    /** The mailbox's address as shown on {@code /health} (the user name, never the password). */
    public String describe(Mailbox box) {
        return user(box) + "@" + host() + ":" + port + "/" + folder;
    }

    Properties sessionProperties() {
        String protocol = protocol();
        Properties p = new Properties();
        p.put("mail.store.protocol", protocol);
        p.put("mail." + protocol + ".host", host());
        p.put("mail." + protocol + ".port", String.valueOf(port));
        p.put("mail." + protocol + ".connectiontimeout", "15000");
        p.put("mail." + protocol + ".timeout", "60000");
        p.put("mail." + protocol + ".writetimeout", "30000");
        // raw bytes of large messages come in bigger pieces than the 16 KB default
        p.put("mail." + protocol + ".fetchsize", "1048576");
        p.put("mail." + protocol + ".partialfetch", "false");
        // reading a message does not mark it read: until it is moved, it looks untouched in a mail program
        p.put("mail." + protocol + ".peek", "true");
        return p;
    }

    String protocol() {
        return ssl ? "imaps" : "imap";
    }
}
