package id.djpk.portal.web.whatsapp;

import id.djpk.portal.whatsapp.WhatsAppInbox;
import id.djpk.portal.whatsapp.WhatsAppOutbox;
import id.djpk.portal.whatsapp.WhatsAppSettings;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The WhatsApp channel's timer (the staff portal owns the timers, ARCHITECTURE.md): every few seconds it works
 * webhook events that were stored but not worked within {@link #SWEEP_AFTER} (their instance died, or was busy),
 * and hands due messages to the Cloud API, first attempts and retries after their pause alike. The per-number
 * row lock in {@link WhatsAppInbox#process} keeps two instances from working one person at once.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WhatsAppDispatcher {

    private static final Logger LOG = Logger.getLogger(WhatsAppDispatcher.class.getName());
    static final Duration SWEEP_AFTER = Duration.ofSeconds(10);
    private static final int BATCH = 100;

    @Inject
    private WhatsAppSettings settings;

    @Inject
    private WhatsAppInbox inbox;

    @Inject
    private WhatsAppOutbox outbox;

    @Inject
    private id.djpk.portal.whatsapp.Blasts blasts;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    void run() {
        for (String waId : inbox.waiting(SWEEP_AFTER)) {
            try {
                inbox.process(waId);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "WhatsApp events of " + waId + " not worked; next round", e);
            }
        }
        for (Long blast : blasts.due()) {
            blasts.start(blast);
        }
        if (!settings.configured()) {
            return;
        }
        for (Long id : outbox.due(BATCH)) {
            outbox.deliver(id);
        }
    }
}
