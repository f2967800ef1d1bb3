package id.djpk.portal.email;

import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;

/**
 * Waiting for new mail between two fetches: IMAP IDLE where the server offers it (the server says at once when
 * a message arrives), for at most the poll interval. {@link #close} from another thread ends a wait (the watcher
 * stopping). One per mailbox, used by one thread.
 */
public final class MailboxIdle implements AutoCloseable {

    private final ImapSettings settings;
    private final Mailbox box;
    private volatile Store store;
    private volatile boolean closed;

    public MailboxIdle(ImapSettings settings, Mailbox box) {
        this.settings = settings;
        this.box = box;
    }

    /**
     * Waits until the server reports a change in the folder or {@code max} has passed. Returns false at once when
     * the server has no IDLE: the caller then waits the poll interval itself.
     */
    public boolean await(Duration max) throws MessagingException {
        if (closed) {
            return true;
        }
        Store s = MailboxFetcher.connect(settings, box);
        store = s;
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "mailbox-idle-timer-" + box);
            t.setDaemon(true);
            return t;
        });
        try {
            if (!(s instanceof IMAPStore imap) || !imap.hasCapability("IDLE")) {
                return false;
            }
            Folder folder = s.getFolder(settings.folder());
            folder.open(Folder.READ_ONLY);
            if (!(folder instanceof IMAPFolder idleFolder)) {
                return false;
            }
            // closing the connection ends the IDLE: after max, or when the watcher stops
            timer.schedule(this::disconnect, max.toMillis(), TimeUnit.MILLISECONDS);
            try {
                idleFolder.idle(true);
            } catch (MessagingException | IllegalStateException endedByClose) {
                // the timer or close() ended the wait; a real connection problem shows on the next fetch
            }
            return true;
        } finally {
            timer.shutdownNow();
            disconnect();
            store = null;
        }
    }

    private void disconnect() {
        Store s = store;
        if (s != null) {
            try {
                s.close();
            } catch (MessagingException ignored) {
                // closing a broken connection: nothing left to do
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        disconnect();
    }
}
