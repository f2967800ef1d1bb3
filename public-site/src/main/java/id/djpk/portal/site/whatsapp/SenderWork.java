package id.djpk.portal.site.whatsapp;

import id.djpk.portal.whatsapp.WhatsAppInbox;
import id.djpk.portal.whatsapp.WhatsAppOutbox;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The numbers whose stored webhook events this instance works next, by at most {@value #WORKERS} workers of the
 * server's managed executor. A number waits in the queue once however many of its deliveries arrive meanwhile, so a
 * burst is worked per number (one pass reads all its stored events, in order) instead of per delivery, and the
 * workers leave the cores to the webhook that stores. A number that gets events while it is worked is queued again.
 * The queue is only a hint held in this JVM: the events themselves are stored before it hears of them, and the
 * staff portal's sweeper ({@code WhatsAppDispatcher}) works whatever an instance left when it stopped.
 */
@ApplicationScoped
public class SenderWork {

    static final int WORKERS = 2;
    private static final Logger LOG = Logger.getLogger(SenderWork.class.getName());

    @Inject
    private WhatsAppInbox inbox;

    @Inject
    private WhatsAppOutbox outbox;

    @Resource
    private ManagedExecutorService executor;

    private final Queue<String> queue = new ConcurrentLinkedQueue<>();
    private final Set<String> queued = ConcurrentHashMap.newKeySet();
    private final AtomicInteger workers = new AtomicInteger();

    /** Numbers with new stored events, after the transaction that stored them committed. */
    public void add(Collection<String> senders) {
        for (String waId : senders) {
            if (queued.add(waId)) {
                queue.add(waId);
            }
        }
        startWorkers();
    }

    private void startWorkers() {
        while (!queue.isEmpty()) {
            int running = workers.get();
            if (running >= WORKERS) {
                return;
            }
            if (workers.compareAndSet(running, running + 1)) {
                try {
                    executor.execute(this::drain);
                } catch (RejectedExecutionException e) {
                    workers.decrementAndGet();
                    LOG.log(Level.WARNING, "WhatsApp events left for the sweeper: no worker free", e);
                    return;
                }
            }
        }
    }

    private void drain() {
        try {
            for (String waId = queue.poll(); waId != null; waId = queue.poll()) {
                // taken off before the work, so that an event stored meanwhile queues the number again
                queued.remove(waId);
                work(waId);
            }
        } finally {
            workers.decrementAndGet();
        }
        if (!queue.isEmpty()) {
            startWorkers();
        }
    }

    private void work(String waId) {
        try {
            inbox.process(waId);
            for (Long id : outbox.dueTo(waId)) {
                outbox.deliver(id);
            }
        } catch (RuntimeException e) {
            // left stored: the staff portal's sweeper works it again
            LOG.log(Level.WARNING, "WhatsApp events of " + waId + " left for the sweeper", e);
        }
    }
}
