package id.djpk.portal.web.mail;

import id.djpk.portal.mail.MailService;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Hands queued messages to the SMTP server every few seconds, each in its own transaction. Lives in the staff
 * portal only (one owner for timers, ARCHITECTURE.md); messages written by the public site wait in the
 * outbox table until then. Does nothing when no SMTP server is configured: messages are held instead.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailDispatcher {

    private static final Logger LOG = Logger.getLogger(MailDispatcher.class.getName());
    private static final int BATCH = 50;

    @Inject
    private MailService mail;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    void deliver() {
        if (!mail.smtpConfigured()) {
            return;
        }
        int sent = 0;
        for (Long id : mail.queued(BATCH)) {
            if (mail.deliver(id)) {
                sent++;
            }
        }
        if (sent > 0) {
            int count = sent;
            LOG.fine(() -> count + " message(s) delivered");
        }
    }
}
