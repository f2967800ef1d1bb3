package id.djpk.portal.publication;

import id.djpk.portal.audit.AuditTrail;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalTime;

/**
 * Brings in publications that were already published elsewhere (the old CMS, demo data), keeping
 * their original publication moment. Validated by the same rules as the publisher's form.
 */
@Stateless
public class PublicationImport {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private PublicationService publications;

    @Inject
    private AuditTrail audit;

    public long importPublished(PublicationDraft draft, String actor) {
        Publication p = publications.create(draft, actor);
        Instant at = draft.getDocDate().atTime(LocalTime.of(9, 0)).atZone(PublicationService.OFFICE_ZONE).toInstant();
        Instant now = Instant.now();
        p.publish(at.isAfter(now) ? now : at, actor, at.isAfter(now) ? now : at);
        // changed now, for every reader of changes (the public site's incremental sync)
        p.touch(actor, now);
        audit.recordAs(actor, "PUBLICATION_IMPORTED", "Publication", p.getId(), p.getTitle());
        em.createQuery("UPDATE ContentState c SET c.revision = c.revision + 1, c.changedAt = :now WHERE c.id = 1")
                .setParameter("now", now).executeUpdate();
        return p.getId();
    }
}
