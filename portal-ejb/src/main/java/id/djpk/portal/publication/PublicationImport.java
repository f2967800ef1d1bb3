package id.djpk.portal.publication;

import id.djpk.portal.audit.AuditTrail;
import id.djpk.portal.system.OfficeClock;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import id.djpk.portal.document.DocumentStore;
import id.djpk.portal.document.FileKind;
import id.djpk.portal.document.StoredFile;
import id.djpk.portal.system.PortalConfig;
import java.io.ByteArrayInputStream;
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

    @Inject
    private DocumentStore documents;

    @Inject
    private PortalConfig config;

    @Inject
    private OfficeClock clock;

    public long importPublished(PublicationDraft draft, String actor) {
        return importPublished(draft, actor, null, null);
    }

    /**
     * Imports a published item with its document (checked and stored like a publisher's upload), attached at the
     * item's own publication moment; {@code document} may be null.
     */
    public long importPublished(PublicationDraft draft, String actor, byte[] document, String fileName) {
        Publication p = publications.create(draft, actor);
        Instant at = draft.getDocDate().atTime(LocalTime.of(9, 0)).atZone(clock.zone()).toInstant();
        Instant now = clock.now();
        Instant published = at.isAfter(now) ? now : at;
        p.publish(published, actor, published);
        // an imported item keeps its own date as its last change too (feeds and the sitemap date it by that, not by
        // the import); the content revision below still moves, and the public site's sync rebuilds when no
        // publication carries a recent stamp
        if (document != null) {
            StoredFile file = documents.store(new ByteArrayInputStream(document), fileName, FileKind.PUBLICATION,
                    config.maxUploadBytes());
            p.addAttachment(new Attachment(file, published));
            audit.recordAs(actor, "ATTACHMENT_ADDED", "Publication", p.getId(), file.fileName());
        }
        p.touch(actor, published);
        audit.recordAs(actor, "PUBLICATION_IMPORTED", "Publication", p.getId(), p.getTitle());
        em.createQuery("UPDATE ContentState c SET c.revision = c.revision + 1, c.changedAt = :now WHERE c.id = 1")
                .setParameter("now", now).executeUpdate();
        return p.getId();
    }
}
