package id.djpk.portal.whatsapp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The webhook's group commit. A delivery is answered only after its events are committed, and a transaction per
 * delivery would spend most of the webhook's time on transactions and commits. So the deliveries that arrive while
 * one transaction is being written wait for it and go together in the next one (at most {@value #MAX_BATCH}); each
 * caller returns when the transaction holding its events has committed, or with the exception that kept them out.
 * Nothing outlives the call: a delivery is either stored or answered with an error (and Meta delivers it again), on
 * any number of instances, whose batches meet only at the events' unique key.
 */
@ApplicationScoped
public class WebhookStore {

    static final int MAX_BATCH = 200;
    private static final Logger LOG = Logger.getLogger(WebhookStore.class.getName());

    @Inject
    private WhatsAppInbox inbox;

    private final Queue<Delivery> waiting = new ConcurrentLinkedQueue<>();
    /** Held by the caller that writes the next batch; the others wait for it, then find theirs written. */
    private final ReentrantLock writer = new ReentrantLock();

    /**
     * Stores one delivery's events and returns the numbers with new events to work. Throws what the store threw
     * when the delivery could not be kept (nothing of it is stored then).
     */
    public Set<String> store(List<WebhookEvent> events) {
        Delivery mine = new Delivery(events);
        waiting.add(mine);
        writer.lock();
        try {
            while (!mine.written) {
                write(next());
            }
        } finally {
            writer.unlock();
        }
        if (mine.failure != null) {
            throw mine.failure;
        }
        return mine.senders;
    }

    private List<Delivery> next() {
        List<Delivery> batch = new ArrayList<>();
        Delivery d;
        while (batch.size() < MAX_BATCH && (d = waiting.poll()) != null) {
            batch.add(d);
        }
        return batch;
    }

    private void write(List<Delivery> batch) {
        try {
            List<Set<String>> senders = inbox.storeAll(batch.stream().map(Delivery::events).toList());
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).stored(senders.get(i));
            }
        } catch (RuntimeException e) {
            if (batch.size() == 1) {
                batch.get(0).failed(e);
                return;
            }
            // one bad delivery, or a key another instance stored meanwhile, must not cost the others: each alone
            LOG.log(Level.FINE, "WhatsApp batch of {0} stored one by one: {1}", new Object[] {batch.size(), e.toString()});
            for (Delivery d : batch) {
                try {
                    d.stored(inbox.storeAll(List.of(d.events())).get(0));
                } catch (RuntimeException alone) {
                    d.failed(alone);
                }
            }
        }
    }

    /** Written and read under {@link #writer}'s lock (the owner reads after taking it), so plain fields suffice. */
    private static final class Delivery {
        private final List<WebhookEvent> events;
        private boolean written;
        private Set<String> senders;
        private RuntimeException failure;

        Delivery(List<WebhookEvent> events) {
            this.events = events;
        }

        List<WebhookEvent> events() {
            return events;
        }

        void stored(Set<String> numbers) {
            senders = numbers;
            written = true;
        }

        void failed(RuntimeException e) {
            failure = e;
            written = true;
        }
    }
}
