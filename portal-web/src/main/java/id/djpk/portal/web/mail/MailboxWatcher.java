package id.djpk.portal.web.mail;

import id.djpk.portal.email.FetchReport;
import id.djpk.portal.email.ImapSettings;
import id.djpk.portal.email.Mailbox;
import id.djpk.portal.email.MailboxFetcher;
import id.djpk.portal.email.MailboxIdle;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads the configured mailboxes for as long as the staff portal runs: one worker per mailbox
 * fetches ({@link MailboxFetcher#fetch}), then waits for new mail with IMAP IDLE where the server offers it
 * (at most the poll interval), else sleeps the poll interval ({@code PORTAL_MAIL_IMAP_POLL_SECONDS}). No host
 * configured: nothing runs. Lives in the staff portal only (one owner for background work). What it last did
 * is shown on {@code /health} ({@code MailboxHealth}). Starts after {@code PortalStartup} has migrated the database.
 */
@Singleton
@Startup
@DependsOn("PortalStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailboxWatcher {

    private static final Logger LOG = Logger.getLogger(MailboxWatcher.class.getName());

    /** The last fetch of one mailbox: when, what it did, and the error if it failed. */
    public record LastFetch(Instant at, FetchReport report, String error) {
    }

    @Inject
    private ImapSettings settings;

    @Inject
    private MailboxFetcher fetcher;

    @Resource
    private ManagedExecutorService executor;

    private final Map<Mailbox, LastFetch> last = new ConcurrentHashMap<>();
    private final List<MailboxIdle> waits = new CopyOnWriteArrayList<>();
    private final Object pause = new Object();
    private volatile boolean running;

    @PostConstruct
    void start() {
        List<Mailbox> boxes = settings.mailboxes();
        if (boxes.isEmpty()) {
            LOG.info("No IMAP server configured (PORTAL_MAIL_IMAP_HOST): no e-mail intake");
            return;
        }
        running = true;
        for (Mailbox box : boxes) {
            executor.submit(() -> watch(box));
            LOG.info(() -> "Reading mailbox " + box + " at " + settings.describe(box));
        }
    }

    @PreDestroy
    void stop() {
        running = false;
        waits.forEach(MailboxIdle::close);
        synchronized (pause) {
            pause.notifyAll();
        }
    }

    private void watch(Mailbox box) {
        Duration interval = settings.pollInterval();
        MailboxIdle idle = new MailboxIdle(settings, box);
        waits.add(idle);
        try {
            while (running) {
                boolean ok = fetchOnce(box);
                if (!running) {
                    break;
                }
                boolean idled = false;
                if (ok) {
                    try {
                        idled = idle.await(interval);
                    } catch (Exception e) {
                        LOG.log(Level.FINE, "IDLE on " + box + " ended: " + e);
                    }
                }
                if (!idled) {
                    sleep(interval);
                }
            }
        } finally {
            waits.remove(idle);
            idle.close();
        }
    }

    private boolean fetchOnce(Mailbox box) {
        try {
            FetchReport r = fetcher.fetch(box);
            last.put(box, new LastFetch(Instant.now(), r, null));
            if (r.stored() + r.processed() + r.failed() > 0) {
                LOG.info(() -> "Mailbox " + box + ": " + r);
            }
            return true;
        } catch (Exception e) {
            last.put(box, new LastFetch(Instant.now(), null, e.getMessage() == null ? e.toString() : e.getMessage()));
            LOG.log(Level.WARNING, "Mailbox {0} not read: {1}", new Object[] {box, e.toString()});
            return false;
        }
    }

    private void sleep(Duration d) {
        synchronized (pause) {
            try {
                if (running) {
                    pause.wait(d.toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
        }
    }

    /** What each configured mailbox's last fetch did (empty: none configured, or none finished yet). */
    public Map<Mailbox, LastFetch> lastFetches() {
        return Map.copyOf(last);
    }

    public boolean isRunning() {
        return running;
    }
}
