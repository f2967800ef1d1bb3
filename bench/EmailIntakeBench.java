import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;

/**
 * The e-mail intake benchmark's mail server and its figures (part of bench/email-intake-benchmark.sh).
 *
 *   java -cp <portal-ejb test classpath> bench/EmailIntakeBench.java serve PORT COUNT READY_FILE TIMEOUT_SECONDS
 *       starts GreenMail's IMAP server on 127.0.0.1:PORT (user callcenter@bench.test), loads COUNT messages into its
 *       INBOX (every 5th HTML only, every 10th with a small PNG attached, 2.000 senders), writes READY_FILE, then
 *       watches the INBOX until the portal has moved every message out (or the timeout) and prints the times.
 *   java -cp … bench/EmailIntakeBench.java append PORT COUNT      (another IMAP server, e.g. Dovecot: the same messages)
 *   java -cp … bench/EmailIntakeBench.java watch PORT COUNT TIMEOUT_SECONDS
 *   java -cp … bench/EmailIntakeBench.java stats JDBC_URL
 *       prints the ledger's counts by state and the rate by the portal's own timestamps (first fetched → last processed).
 */
public class EmailIntakeBench {

    static final String USER = "callcenter@bench.test";
    static final String PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "stats" -> stats(args[1]);
            case "append" -> append(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
            case "watch" -> watch(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            default -> serve(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Path.of(args[3]), Integer.parseInt(args[4]));
        }
    }

    /** Another IMAP server on 127.0.0.1:PORT (Dovecot): COUNT messages appended to the INBOX over IMAP. */
    static void append(int port, int count) throws Exception {
        Session session = Session.getInstance(new Properties());
        long start = System.nanoTime();
        try (jakarta.mail.Store store = session.getStore("imap")) {
            store.connect("127.0.0.1", port, USER, "bench-password");
            jakarta.mail.Folder inbox = store.getFolder("INBOX");
            for (int from = 1; from <= count; from += 100) {
                java.util.List<jakarta.mail.Message> batch = new java.util.ArrayList<>();
                for (int i = from; i < Math.min(count + 1, from + 100); i++) {
                    batch.add(new MimeMessage(session, new ByteArrayInputStream(message(i).getBytes(StandardCharsets.UTF_8))));
                }
                inbox.appendMessages(batch.toArray(new jakarta.mail.Message[0]));
            }
        }
        System.out.printf("appended %d messages to the INBOX in %.1f s%n", count, (System.nanoTime() - start) / 1e9);
    }

    /** Watches another IMAP server's INBOX (STATUS every 200 ms) until it is empty, as serve does for GreenMail. */
    static void watch(int port, int count, int timeoutSeconds) throws Exception {
        Session session = Session.getInstance(new Properties());
        try (jakarta.mail.Store store = session.getStore("imap")) {
            store.connect("127.0.0.1", port, USER, "bench-password");
            jakarta.mail.Folder inbox = store.getFolder("INBOX");
            follow(inbox::getMessageCount, count, timeoutSeconds);
        }
    }

    interface Count {
        int get() throws Exception;
    }

    static void follow(Count inbox, int count, int timeoutSeconds) throws Exception {
        long start = System.nanoTime();
        long first = -1;
        long lastReport = start;
        while (true) {
            int left = inbox.get();
            long now = System.nanoTime();
            if (left < count && first < 0) {
                first = now;
                System.out.printf("first message moved %.1f s after the portal was started%n", (now - start) / 1e9);
            }
            if (left == 0) {
                double s = (now - first) / 1e9;
                System.out.printf("all %d moved out of the INBOX %.1f s after the first: %.0f messages/s (watched from outside)%n",
                        count, s, count / s);
                break;
            }
            if (now - lastReport > 10_000_000_000L) {
                System.out.printf("  %d left%n", left);
                lastReport = now;
            }
            if (now - start > timeoutSeconds * 1_000_000_000L) {
                System.out.printf("timeout: %d of %d still in the INBOX%n", left, count);
                break;
            }
            Thread.sleep(200);
        }
    }

    static void serve(int port, int count, Path ready, int timeoutSeconds) throws Exception {
        GreenMail mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
        mail.start();
        GreenMailUser user = mail.setUser(USER, USER, "bench-password");
        Session session = Session.getInstance(new Properties());
        long loadStart = System.nanoTime();
        for (int i = 1; i <= count; i++) {
            user.deliver(new MimeMessage(session, new ByteArrayInputStream(message(i).getBytes(StandardCharsets.UTF_8))));
        }
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        System.out.printf("loaded %d messages into the INBOX in %.1f s%n", count, loadSeconds);
        Files.writeString(ready, "ready");
        var inbox = mail.getManagers().getImapHostManager().getInbox(user);
        follow(inbox::getMessageCount, count, timeoutSeconds);
        mail.stop();
    }

    static String message(int i) {
        String head = "Message-ID: <bench-" + i + "@example.go.id>\r\nFrom: \"Pemohon " + (i % 2000) + "\" <pemohon" + (i % 2000)
                + "@example.go.id>\r\nTo: " + USER + "\r\nSubject: Pertanyaan nomor " + i + " tentang DAU\r\n"
                + "Date: Wed, 2 Dec 2026 09:15:00 +0700\r\nMIME-Version: 1.0\r\n";
        String text = "Yth. Dering DJPK,\r\n\r\nKapan DAU tahap " + (i % 4 + 1) + " disalurkan ke daerah kami? Pertanyaan " + i
                + ".\r\n\r\nTerima kasih.\r\n";
        if (i % 10 == 0) {
            return head + "Content-Type: multipart/mixed; boundary=\"B\"\r\n\r\n--B\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
                    + text + "--B\r\nContent-Type: image/png; name=\"bukti.png\"\r\nContent-Disposition: attachment; filename=\"bukti.png\"\r\n"
                    + "Content-Transfer-Encoding: base64\r\n\r\n" + PNG + "\r\n--B--\r\n";
        }
        if (i % 5 == 0) {
            return head + "Content-Type: text/html; charset=UTF-8\r\n\r\n<html><body><p>" + text.replace("\r\n\r\n", "</p><p>")
                    + "</p></body></html>\r\n";
        }
        return head + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + text;
    }

    static void stats(String url) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "portal", "portal"); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT state, COUNT(*) FROM email_inbox GROUP BY state ORDER BY state")) {
                while (rs.next()) {
                    System.out.printf("ledger %-8s %d%n", rs.getString(1), rs.getLong(2));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT COUNT(*), "
                    + "DATEDIFF('MILLISECOND', MIN(fetched_at), MAX(processed_at)) FROM email_inbox WHERE processed_at IS NOT NULL")) {
                rs.next();
                long n = rs.getLong(1);
                double s = rs.getLong(2) / 1000.0;
                System.out.printf("portal: %d messages kept and processed in %.1f s (first fetched → last processed): %.0f messages/s%n",
                        n, s, n / s);
            }
            try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM helpdesk_ticket WHERE channel = 'EMAIL'")) {
                rs.next();
                System.out.printf("EMAIL tickets: %d%n", rs.getLong(1));
            }
        }
    }
}
