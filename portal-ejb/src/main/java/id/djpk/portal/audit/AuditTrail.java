package id.djpk.portal.audit;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Clock;
import java.util.List;

/**
 * Records state changes inside the caller's transaction, so an entry exists exactly when the
 * change it describes was committed.
 */
@Stateless
public class AuditTrail {

    public static final String SYSTEM = "system";
    public static final String PUBLIC = "public";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Resource
    private SessionContext context;

    /** The office clock ({@code system.OfficeClock} produces it), so an entry is stamped when a moved clock says. */
    @Inject
    Clock clock;

    /** Records a change made by the signed-in caller (or "public" when nobody is signed in). */
    public void record(String action, String entityType, Object entityId, String detail) {
        recordAs(currentActor(), action, entityType, entityId, detail);
    }

    public void recordAs(String actor, String action, String entityType, Object entityId, String detail) {
        em.persist(new AuditEntry(clock.instant(), actor, action, entityType,
                entityId == null ? null : String.valueOf(entityId), detail));
    }

    /** For events that must be kept even when the surrounding work fails (e.g. a failed login). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordIndependently(String actor, String action, String entityType, Object entityId, String detail) {
        recordAs(actor, action, entityType, entityId, detail);
    }

    public String currentActor() {
        Principal principal = context.getCallerPrincipal();
        String name = principal == null ? null : principal.getName();
        return name == null || name.isBlank() || "ANONYMOUS".equalsIgnoreCase(name) ? PUBLIC : name;
    }

    public List<AuditEntry> recent(int first, int max) {
        return em.createNamedQuery("AuditEntry.recent", AuditEntry.class)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count() {
        return em.createQuery("SELECT COUNT(a) FROM AuditEntry a", Long.class).getSingleResult();
    }

    public List<AuditEntry> forEntity(String entityType, Object entityId) {
        return em.createNamedQuery("AuditEntry.forEntity", AuditEntry.class)
                .setParameter("type", entityType).setParameter("id", String.valueOf(entityId)).getResultList();
    }
}
