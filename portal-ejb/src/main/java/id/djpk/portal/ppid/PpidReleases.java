package id.djpk.portal.ppid;

import id.djpk.portal.identity.Role;
import id.djpk.portal.audit.AuditTrail;
import id.djpk.portal.document.DocumentStore;
import id.djpk.portal.document.FileKind;
import id.djpk.portal.document.StoredFile;
import id.djpk.portal.publication.PublicItem;
import id.djpk.portal.publication.PublicationService;
import id.djpk.portal.system.BusinessException;
import id.djpk.portal.system.InvalidInputException;
import id.djpk.portal.system.OfficeClock;
import id.djpk.portal.system.PortalConfig;
import id.djpk.portal.system.Violation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * What the PPID prepares for a requester before deciding: files and links to publications, given with a granting
 * decision ({@link PpidDesk#decide}). Every change is audited.
 */
@Stateless
public class PpidReleases {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private PpidService requests;

    @Inject
    private DocumentStore documents;

    @Inject
    private PortalConfig config;

    @Inject
    private PublicationService publications;

    @Inject
    private OfficeClock clock;

    /** A file the officer prepares for the requester; given when the request is granted. */
    @RolesAllowed({Role.PPID_NAME, Role.PPID_SUPERIOR_NAME, Role.ADMIN_NAME})
    public ReleasedInformation prepareFile(String number, String title, InputStream content, String fileName) {
        InformationRequest request = requirePreparable(number);
        if (title == null || title.isBlank()) {
            throw new InvalidInputException(List.of(Violation.of("title", "ppid.required")));
        }
        StoredFile file = documents.store(content, fileName, FileKind.PUBLICATION, config.maxUploadBytes());
        String actor = audit.currentActor();
        ReleasedInformation item = ReleasedInformation.file(request, ReleasedInformation.Kind.FILE, title.trim(),
                file.fileName(), file.mediaType(), file.sizeBytes(), file.sha256(), file.storageKey(), actor, clock.now());
        em.persist(item);
        audit.recordAs(actor, "PPID_FILE_PREPARED", PpidService.ENTITY, request.getTrackingNumber(), file.fileName() + " " + file.sha256());
        return item;
    }

    /** A published publication the officer points the requester to. */
    @RolesAllowed({Role.PPID_NAME, Role.PPID_SUPERIOR_NAME, Role.ADMIN_NAME})
    public ReleasedInformation preparePublication(String number, String slug) {
        InformationRequest request = requirePreparable(number);
        PublicItem p = (slug == null ? Optional.<PublicItem>empty() : publications.findVisible(slug.trim()))
                .orElseThrow(() -> new InvalidInputException(List.of(Violation.of("publication", "ppid.publicationUnknown"))));
        String actor = audit.currentActor();
        ReleasedInformation item = ReleasedInformation.publication(request, p.id(), p.title(), p.slug(), actor, clock.now());
        em.persist(item);
        audit.recordAs(actor, "PPID_LINK_PREPARED", PpidService.ENTITY, request.getTrackingNumber(), p.slug());
        return item;
    }

    /** Takes back something prepared, before the decision. */
    @RolesAllowed({Role.PPID_NAME, Role.PPID_SUPERIOR_NAME, Role.ADMIN_NAME})
    public void removePrepared(String number, long itemId) {
        InformationRequest request = requirePreparable(number);
        ReleasedInformation item = em.find(ReleasedInformation.class, itemId);
        if (item == null || !item.getRequest().getId().equals(request.getId()) || item.isReleased()) {
            throw new BusinessException("ppid.notFound");
        }
        em.remove(item);
        audit.record("PPID_ITEM_REMOVED", PpidService.ENTITY, request.getTrackingNumber(), item.getTitle());
    }

    /** Any file of a request, for the PPID roles (the web layer restricts the call to them). */
    @RolesAllowed({Role.PPID_NAME, Role.PPID_SUPERIOR_NAME, Role.ADMIN_NAME})
    public Optional<ReleasedInformation> fileForStaff(long itemId) {
        return Optional.ofNullable(em.find(ReleasedInformation.class, itemId)).filter(ReleasedInformation::isFile);
    }

    private InformationRequest requirePreparable(String number) {
        InformationRequest request = requests.require(number);
        if (!request.getStatus().awaitsDecision()) {
            throw new BusinessException("ppid.notAwaitingDecision", request.getTrackingNumber());
        }
        return request;
    }
}
