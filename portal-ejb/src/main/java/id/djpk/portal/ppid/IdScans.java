package id.djpk.portal.ppid;

import id.djpk.portal.audit.AuditTrail;
import id.djpk.portal.document.DocumentStore;
import id.djpk.portal.system.OfficeClock;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * ID scans: kept sealed ({@link #sealStoredInTheClear} for those stored before sealing), and removed when their
 * retention ends. An ID scan is kept while its request may need it and removed {@code portal.retention.id-scan-months}
 * (PORTAL_RETENTION_ID_SCAN_MONTHS, 12) months after the request closed ({@link InformationRequest#closedAt}). The
 * request keeps the scan's type, size and hash and when it was removed; each removal is audited; the file goes only
 * once the change committed and no other request names the same file.
 */
@Stateless
public class IdScans {

    private static final Logger LOG = Logger.getLogger(IdScans.class.getName());
    static final String REMOVED = "PPID_ID_SCAN_REMOVED";
    /** At most this many requests a call (one transaction); the caller calls again while a call removes this many. */
    public static final int BATCH = 500;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private DocumentStore documents;

    @Inject
    private OfficeClock clock;

    @Inject
    private AuditTrail audit;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @Inject
    @ConfigProperty(name = "portal.retention.id-scan-months", defaultValue = "12")
    int months;

    public int months() {
        return Math.max(months, 1);
    }

    /** Removes the ID scans whose retention ended by now; returns how many. */
    public int removeExpired() {
        Instant now = clock.now();
        Instant before = clock.officeNow().minusMonths(months()).toInstant();
        List<InformationRequest> expired = em.createNamedQuery("InformationRequest.scansClosedBefore", InformationRequest.class)
                .setParameter("before", before).setParameter("decided", RequestStatus.DECIDED)
                .setParameter("objectionDecided", RequestStatus.OBJECTION_DECIDED).setMaxResults(BATCH).getResultList();
        List<String> keys = new ArrayList<>();
        for (InformationRequest r : expired) {
            String key = r.getScanKey();
            r.removeScan(now);
            keys.add(key);
            audit.recordAs(AuditTrail.SYSTEM, REMOVED, PpidService.ENTITY, r.getTrackingNumber(),
                    "closed " + r.closedAt() + ", kept " + months() + " months; sha-256 " + r.getScanSha256());
        }
        em.flush();
        afterCommit(keys.stream().distinct().filter(k -> em.createNamedQuery("InformationRequest.countByScanKey", Long.class)
                .setParameter("key", k).getSingleResult() == 0).toList());
        return expired.size();
    }

    /**
     * Seals the ID scans stored in the clear before personal files were sealed (run at the staff portal's start);
     * each plain file is removed once its request names the sealed one. Returns how many were sealed.
     */
    public int sealStoredInTheClear() {
        List<InformationRequest> plain = em.createNamedQuery("InformationRequest.plainScans", InformationRequest.class)
                .setMaxResults(BATCH).getResultList();
        List<String> keys = new ArrayList<>();
        for (InformationRequest r : plain) {
            keys.add(r.getScanKey());
            r.scanSealed(documents.seal(r.getScanKey()));
        }
        if (!plain.isEmpty()) {
            audit.recordAs(AuditTrail.SYSTEM, "PPID_ID_SCANS_SEALED", PpidService.ENTITY, null, plain.size() + " ID scans sealed");
        }
        em.flush();
        afterCommit(keys.stream().distinct().filter(k -> em.createNamedQuery("InformationRequest.countByScanKey", Long.class)
                .setParameter("key", k).getSingleResult() == 0).toList());
        return plain.size();
    }

    /** Removes the files once the transaction that stopped naming them committed. */
    private void afterCommit(List<String> unused) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    unused.forEach(IdScans.this::delete);
                }
            }
        });
    }

    private void delete(String key) {
        try {
            documents.remove(key);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "An expired ID scan's file could not be removed: " + key, e);
        }
    }
}
