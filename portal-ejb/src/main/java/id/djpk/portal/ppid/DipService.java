package id.djpk.portal.ppid;

import id.djpk.portal.identity.Role;
import id.djpk.portal.audit.AuditTrail;
import id.djpk.portal.publication.PublicItem;
import id.djpk.portal.publication.PublicationService;
import id.djpk.portal.publication.PublicationStatus;
import id.djpk.portal.system.BusinessException;
import id.djpk.portal.system.InvalidInputException;
import id.djpk.portal.system.OfficeClock;
import id.djpk.portal.system.Violation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The Daftar Informasi Publik: its lines, each optionally linked to a published publication. Every change is audited. */
@Stateless
public class DipService {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private PublicationService publications;

    @Inject
    private OfficeClock clock;

    public List<DipEntry> all() {
        return em.createNamedQuery("DipEntry.all", DipEntry.class).getResultList();
    }

    public Optional<DipEntry> find(long id) {
        return Optional.ofNullable(em.find(DipEntry.class, id));
    }

    /** Creates or updates a DIP line; {@code publicationSlug} links it to a published publication (or unlinks). */
    @RolesAllowed({Role.PPID_NAME, Role.PPID_SUPERIOR_NAME, Role.ADMIN_NAME})
    public DipEntry save(DipEntry entry, String publicationSlug) {
        return saveAs(audit.currentActor(), entry, publicationSlug);
    }

    /** As {@link #save}, for work the portal does itself (demo data, imports). */
    public DipEntry saveAs(String actor, DipEntry entry, String publicationSlug) {
        entry.validate();
        if (publicationSlug == null || publicationSlug.isBlank()) {
            entry.linkPublication(null, null);
        } else {
            PublicItem p = publications.findVisible(publicationSlug.trim()).orElseThrow(
                    () -> new InvalidInputException(List.of(Violation.of("publication", "ppid.publicationUnknown"))));
            entry.linkPublication(p.id(), p.slug());
        }
        entry.touched(actor, clock.now());
        boolean created = entry.getId() == null;
        DipEntry saved = created ? persist(entry) : em.merge(entry);
        em.flush();
        audit.recordAs(actor, created ? "DIP_ENTRY_CREATED" : "DIP_ENTRY_UPDATED", "DipEntry", saved.getId(),
                saved.getCategory() + ": " + saved.getTitle());
        return saved;
    }

    @RolesAllowed({Role.PPID_NAME, Role.PPID_SUPERIOR_NAME, Role.ADMIN_NAME})
    public void delete(long id) {
        DipEntry entry = find(id).orElseThrow(() -> new BusinessException("ppid.notFound"));
        em.remove(entry);
        audit.record("DIP_ENTRY_DELETED", "DipEntry", id, entry.getTitle());
    }

    private DipEntry persist(DipEntry entry) {
        em.persist(entry);
        return entry;
    }

    /**
     * Published publications whose title contains the text, to link from a request or the DIP: their slug and title
     * from the one list query (what the public sees of each is read when one is linked).
     */
    public List<PublicItem.Link> publicationsMatching(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Instant now = clock.now();
        return publications.staffList(null, PublicationStatus.PUBLISHED, text, 0, 15).items().stream()
                .filter(p -> p.isVisible(now)).map(p -> new PublicItem.Link(p.getSlug(), p.getTitle())).toList();
    }
}
