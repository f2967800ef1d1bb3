package id.djpk.portal.web.ppid;

import id.djpk.portal.ppid.IdScans;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Every night the ID scans whose retention period ended are removed (PORTAL_RETENTION_ID_SCAN_MONTHS after their
 * request closed), in batches, each batch its own transaction. With several staff-portal instances a request's scan
 * is removed once: the second instance finds it gone.
 */
@Singleton
public class IdScanRetentionTimer {

    private static final Logger LOG = Logger.getLogger(IdScanRetentionTimer.class.getName());

    @Inject
    private IdScans retention;

    @Schedule(hour = "2", minute = "15", timezone = "Asia/Jakarta", persistent = false)
    void removeExpired() {
        int removed = 0;
        int batch;
        do {
            batch = retention.removeExpired();
            removed += batch;
        } while (batch == IdScans.BATCH);
        int total = removed;
        LOG.info(() -> "ID scans past their retention removed: " + total);
    }
}
