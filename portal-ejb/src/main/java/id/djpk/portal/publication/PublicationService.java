package id.djpk.portal.publication;

import id.djpk.portal.identity.Role;
import id.djpk.portal.audit.AuditTrail;
import id.djpk.portal.document.DocumentStore;
import id.djpk.portal.document.FileKind;
import id.djpk.portal.document.StoredFile;
import id.djpk.portal.reference.ReferenceData;
import id.djpk.portal.reference.Topic;
import id.djpk.portal.system.BusinessException;
import id.djpk.portal.system.InvalidInputException;
import id.djpk.portal.system.OfficeClock;
import id.djpk.portal.system.PortalConfig;
import id.djpk.portal.system.Violation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The publisher's operations and the public read model of publications. */
@Stateless
public class PublicationService {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private ReferenceData reference;

    @Inject
    private DocumentStore documents;

    @Inject
    private PortalConfig config;

    @Inject
    private Event<PublicationChanged> changed;

    @Inject
    private OfficeClock clock;

    // ---------------------------------------------------------------- publisher

    @RolesAllowed({Role.PUBLISHER_NAME, Role.ADMIN_NAME, Role.REPORT_EDITOR_NAME})
    public Publication create(PublicationDraft draft) {
        return create(draft, audit.currentActor());
    }

    /** As {@link #create(PublicationDraft)}, on behalf of the given actor (imports run as "system"). */
    public Publication create(PublicationDraft draft, String actor) {
        Instant now = clock.now();
        validate(draft, null);
        Publication p = new Publication(draft.getType(), uniqueSlug(draft), actor, now);
        p.apply(draft, target(draft.getAmendsId()), target(draft.getRevokesId()), actor, now);
        em.persist(p);
        em.flush();
        audit.recordAs(actor, "PUBLICATION_CREATED", "Publication", p.getId(), p.getType() + ": " + p.getTitle());
        return p;
    }

    @RolesAllowed({Role.PUBLISHER_NAME, Role.ADMIN_NAME, Role.REPORT_EDITOR_NAME})
    public Publication update(long id, PublicationDraft draft, int expectedVersion) {
        Publication p = get(id);
        if (p.getVersion() != expectedVersion) {
            throw new BusinessException("publication.changedMeanwhile", p.getUpdatedBy());
        }
        if (draft.getType() != p.getType()) {
            throw new BusinessException("publication.typeFixed");
        }
        validate(draft, p.getId());
        Instant now = clock.now();
        p.apply(draft, target(draft.getAmendsId()), target(draft.getRevokesId()), audit.currentActor(), now);
        flushChecked();
        audit.record("PUBLICATION_UPDATED", "Publication", p.getId(), p.getTitle());
        contentChanged(p, now);
        return p;
    }

    @RolesAllowed({Role.PUBLISHER_NAME, Role.ADMIN_NAME, Role.REPORT_EDITOR_NAME})
    public Attachment attach(long id, InputStream content, String fileName) {
        Publication p = get(id);
        if (p.getStatus() == PublicationStatus.WITHDRAWN) {
            throw new BusinessException("publication.withdrawnReadOnly");
        }
        StoredFile file = documents.storeWithText(content, fileName, FileKind.PUBLICATION, config.maxUploadBytes());
        Instant now = clock.now();
        Attachment attachment = new Attachment(file, now);
        p.addAttachment(attachment);
        p.touch(audit.currentActor(), now);
        em.flush();
        audit.record("ATTACHMENT_ADDED", "Publication", p.getId(),
                file.fileName() + " (" + file.mediaType() + ", " + file.sizeBytes() + " B, sha256 " + file.sha256() + ")");
        contentChanged(p, now);
        return attachment;
    }

    @RolesAllowed({Role.PUBLISHER_NAME, Role.ADMIN_NAME, Role.REPORT_EDITOR_NAME})
    public void removeAttachment(long id, long attachmentId) {
        Publication p = get(id);
        Attachment a = p.getAttachments().stream().filter(x -> x.getId() == attachmentId).findFirst()
                .orElseThrow(() -> new BusinessException("publication.attachmentNotFound"));
        p.removeAttachment(attachmentId);
        Instant now = clock.now();
        p.touch(audit.currentActor(), now);
        audit.record("ATTACHMENT_REMOVED", "Publication", p.getId(), a.getFileName() + " sha256 " + a.getSha256());
        contentChanged(p, now);
    }

    /** Publishes now, or schedules for {@code at} when it lies in the future. */
    @RolesAllowed({Role.PUBLISHER_NAME, Role.ADMIN_NAME, Role.REPORT_EDITOR_NAME})
    public Publication publish(long id, Instant at) {
        Publication p = get(id);
        Instant now = clock.now();
        String actor = audit.currentActor();
        p.publish(at, actor, now);
        audit.record(p.isScheduled(now) ? "PUBLICATION_SCHEDULED" : "PUBLICATION_PUBLISHED", "Publication", p.getId(),
                p.isScheduled(now) ? "at " + p.getPublishAt() : null);
        contentChanged(p, now);
        return p;
    }

    @RolesAllowed({Role.PUBLISHER_NAME, Role.ADMIN_NAME, Role.REPORT_EDITOR_NAME})
    public Publication unschedule(long id) {
        Publication p = get(id);
        Instant now = clock.now();
        p.unschedule(audit.currentActor(), now);
        audit.record("PUBLICATION_UNSCHEDULED", "Publication", p.getId(), null);
        contentChanged(p, now);
        return p;
    }

    @RolesAllowed({Role.PUBLISHER_NAME, Role.ADMIN_NAME, Role.REPORT_EDITOR_NAME})
    public Publication withdraw(long id, String reason) {
        Publication p = get(id);
        Instant now = clock.now();
        p.withdraw(reason, audit.currentActor(), now);
        audit.record("PUBLICATION_WITHDRAWN", "Publication", p.getId(), reason);
        contentChanged(p, now);
        return p;
    }

    public Publication get(long id) {
        Publication p = em.find(Publication.class, id);
        if (p == null) {
            throw new BusinessException("publication.notFound");
        }
        return p;
    }

    /** The staff listing: every state, newest change first. */
    public ResultPage<Publication> staffList(PublicationType type, PublicationStatus status, String text, int page, int size) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Publication> q = cb.createQuery(Publication.class);
        Root<Publication> root = q.from(Publication.class);
        List<Predicate> where = staffFilters(cb, root, type, status, text);
        q.select(root).where(where.toArray(Predicate[]::new)).orderBy(cb.desc(root.get("updatedAt")), cb.desc(root.get("id")));
        CriteriaQuery<Long> c = cb.createQuery(Long.class);
        Root<Publication> croot = c.from(Publication.class);
        c.select(cb.count(croot)).where(staffFilters(cb, croot, type, status, text).toArray(Predicate[]::new));
        List<Publication> items = em.createQuery(q).setFirstResult(page * size).setMaxResults(size).getResultList();
        return new ResultPage<>(items, em.createQuery(c).getSingleResult(), page, size);
    }

    private static List<Predicate> staffFilters(CriteriaBuilder cb, Root<Publication> root, PublicationType type,
                                                PublicationStatus status, String text) {
        List<Predicate> where = new ArrayList<>();
        if (type != null) {
            where.add(cb.equal(root.get("type"), type));
        }
        if (status != null) {
            where.add(cb.equal(root.get("status"), status));
        }
        if (text != null && !text.isBlank()) {
            String like = "%" + text.trim().toLowerCase().replace("%", "").replace("_", "") + "%";
            where.add(cb.like(cb.lower(root.get("title")), like));
        }
        return where;
    }

    /** Published items whose publication time has not come yet. */
    public long countScheduled() {
        return em.createQuery("SELECT COUNT(p) FROM Publication p WHERE p.status = :published AND p.publishAt > :now",
                Long.class).setParameter("published", PublicationStatus.PUBLISHED).setParameter("now", clock.now())
                .getSingleResult();
    }

    /** Regulations a new regulation may amend or revoke. */
    public List<Publication> regulations() {
        return em.createQuery("SELECT p FROM Publication p WHERE p.type = :type AND p.status <> :withdrawn "
                        + "ORDER BY p.regulation.year DESC, p.title", Publication.class)
                .setParameter("type", PublicationType.PERATURAN)
                .setParameter("withdrawn", PublicationStatus.WITHDRAWN)
                .getResultList();
    }

    /**
     * The publications visible now whose document date lies in [from, to], oldest first (the monthly report
     * counts them).
     */
    public List<Publication> visibleDatedBetween(LocalDate from, LocalDate to) {
        return em.createQuery("SELECT p FROM Publication p WHERE p.status = :published AND p.publishAt <= :now "
                        + "AND p.docDate BETWEEN :from AND :to ORDER BY p.docDate, p.title", Publication.class)
                .setParameter("published", PublicationStatus.PUBLISHED).setParameter("now", clock.now())
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    // ---------------------------------------------------------------- public read model

    public long contentRevision() {
        return em.find(ContentState.class, ContentState.ID).getRevision();
    }

    /** When the next scheduled publication becomes visible, if any. */
    public Optional<Instant> nextScheduled(Instant now) {
        return Optional.ofNullable(em.createNamedQuery("Publication.nextScheduled", Instant.class)
                .setParameter("now", now).getSingleResult());
    }

    public Optional<PublicItem> findVisible(String slug) {
        Instant now = clock.now();
        return em.createNamedQuery("Publication.bySlug", Publication.class).setParameter("slug", slug)
                .getResultStream().filter(p -> p.isVisible(now)).findFirst().map(p -> toPublic(p, now, true));
    }

    /** A file of a visible publication, for download. */
    public Optional<Attachment> visibleAttachment(long attachmentId) {
        Attachment a = em.find(Attachment.class, attachmentId);
        if (a == null) {
            return Optional.empty();
        }
        Publication p = em.find(Publication.class, a.getPublicationId());
        return p != null && p.isVisible(clock.now()) ? Optional.of(a) : Optional.empty();
    }

    public ResultPage<PublicItem> visible(PublicationQuery query) {
        Instant now = clock.now();
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Publication> q = cb.createQuery(Publication.class);
        Root<Publication> root = q.from(Publication.class);
        q.select(root).where(publicFilters(cb, root, query, now).toArray(Predicate[]::new))
                .orderBy(cb.desc(root.get("docDate")), cb.desc(root.get("id")));
        CriteriaQuery<Long> c = cb.createQuery(Long.class);
        Root<Publication> croot = c.from(Publication.class);
        c.select(cb.count(croot)).where(publicFilters(cb, croot, query, now).toArray(Predicate[]::new));
        var superseded = superseded(now);
        List<PublicItem> items = em.createQuery(q)
                // the attachments too: eager, they were read with one query per publication (100.000 at a rebuild)
                .setHint("eclipselink.batch", "p.topics").setHint("eclipselink.batch", "p.attachments")
                .setHint("eclipselink.batch.type", "IN")
                .setFirstResult(query.page() * query.size()).setMaxResults(query.size())
                .getResultStream().map(p -> toPublic(p, now, false, superseded)).toList();
        return new ResultPage<>(items, em.createQuery(c).getSingleResult(), query.page(), query.size());
    }

    private static List<Predicate> publicFilters(CriteriaBuilder cb, Root<Publication> root, PublicationQuery query, Instant now) {
        List<Predicate> where = new ArrayList<>();
        where.add(cb.equal(root.get("status"), PublicationStatus.PUBLISHED));
        where.add(cb.lessThanOrEqualTo(root.get("publishAt"), now));
        if (query.type() != null) {
            where.add(cb.equal(root.get("type"), query.type()));
        }
        if (query.year() != null) {
            where.add(cb.between(root.get("docDate"), LocalDate.of(query.year(), 1, 1), LocalDate.of(query.year(), 12, 31)));
        }
        if (query.topic() != null && !query.topic().isBlank()) {
            where.add(cb.isMember(query.topic(), root.get("topics")));
        }
        return where;
    }

    /** Upcoming events, soonest first. */
    public List<PublicItem> upcomingEvents(int max) {
        Instant now = clock.now();
        return em.createQuery("SELECT p FROM Publication p WHERE p.type = :type AND p.status = :published "
                        + "AND p.publishAt <= :now AND p.eventStart >= :now ORDER BY p.eventStart", Publication.class)
                .setParameter("type", PublicationType.KEGIATAN).setParameter("published", PublicationStatus.PUBLISHED)
                .setParameter("now", now).setMaxResults(max)
                .getResultStream().map(p -> toPublic(p, now, false)).toList();
    }

    /** Every visible publication with full detail, for the search index and feeds. */
    public List<PublicItem> allVisible() {
        Instant now = clock.now();
        var superseded = superseded(now);
        return em.createNamedQuery("Publication.visible", Publication.class).setParameter("now", now)
                // the attachments too: eager, they were read with one query per publication (100.000 at a rebuild)
                .setHint("eclipselink.batch", "p.topics").setHint("eclipselink.batch", "p.attachments")
                .setHint("eclipselink.batch.type", "IN")
                .getResultStream().map(p -> toPublic(p, now, false, superseded)).toList();
    }

    /**
     * What changed since {@code since}: edited, published, withdrawn, or scheduled and now due.
     * Callers pass a moment somewhat before their last sync, since a change is stamped before it commits.
     */
    public ChangeSet changedSince(Instant since) {
        Instant now = clock.now();
        List<Publication> touched = em.createQuery("SELECT p FROM Publication p WHERE p.updatedAt > :since "
                        + "OR (p.publishAt > :since AND p.publishAt <= :now)", Publication.class)
                .setParameter("since", since).setParameter("now", now).getResultList();
        // a regulation's public status follows the amending/revoking ones: re-index those targets too
        java.util.Map<Long, Publication> all = new java.util.LinkedHashMap<>();
        for (Publication p : touched) {
            all.put(p.getId(), p);
            if (p.getAmends() != null) {
                all.putIfAbsent(p.getAmends().getId(), p.getAmends());
            }
            if (p.getRevokes() != null) {
                all.putIfAbsent(p.getRevokes().getId(), p.getRevokes());
            }
        }
        var superseded = superseded(now);
        List<PublicItem> visible = new ArrayList<>();
        List<Long> gone = new ArrayList<>();
        for (Publication p : all.values()) {
            if (p.isVisible(now)) {
                visible.add(toPublic(p, now, false, superseded));
            } else {
                gone.add(p.getId());
            }
        }
        return new ChangeSet(visible, gone, now);
    }

    /** The texts of a visible publication's PDF attachments, for the search index. */
    public String attachmentText(long publicationId) {
        return em.createQuery("SELECT a.textContent FROM Attachment a WHERE a.publication.id = :id AND a.textContent IS NOT NULL",
                        String.class).setParameter("id", publicationId).getResultStream()
                .collect(Collectors.joining("\n"));
    }

    /** Which regulations visible regulations amend or revoke right now: id → effective status. */
    private java.util.Map<Long, LegalStatus> superseded(Instant now) {
        java.util.Map<Long, LegalStatus> map = new java.util.HashMap<>();
        for (Long id : em.createNamedQuery("Publication.amendedIds", Long.class).setParameter("now", now).getResultList()) {
            map.put(id, LegalStatus.DIUBAH);
        }
        // revoked wins over amended
        for (Long id : em.createNamedQuery("Publication.revokedIds", Long.class).setParameter("now", now).getResultList()) {
            map.put(id, LegalStatus.DICABUT);
        }
        return map;
    }

    /**
     * One publication: whether a visible regulation amends or revokes it is asked of the few that point at it
     * ({@code Publication.amendedBy}), not of every regulation as {@link #superseded} does for lists.
     */
    private PublicItem toPublic(Publication p, Instant now, boolean withRelations) {
        if (p.getRegulation() == null) {
            return toPublic(p, now, withRelations, java.util.Map.of());
        }
        LegalStatus by = !pointingAt(p, "Publication.revoking", now).isEmpty() ? LegalStatus.DICABUT // revoked wins
                : !pointingAt(p, "Publication.amending", now).isEmpty() ? LegalStatus.DIUBAH : null;
        return toPublic(p, now, withRelations, by == null ? java.util.Map.of() : java.util.Map.of(p.getId(), by));
    }

    private PublicItem toPublic(Publication p, Instant now, boolean withRelations, java.util.Map<Long, LegalStatus> superseded) {
        List<PublicItem.Link> amendedBy = List.of();
        if (withRelations && p.getType() == PublicationType.PERATURAN) {
            amendedBy = java.util.stream.Stream.concat(pointingAt(p, "Publication.amending", now).stream(),
                            pointingAt(p, "Publication.revoking", now).stream())
                    .distinct().map(x -> new PublicItem.Link(x.getSlug(), x.getTitle())).toList();
        }
        return new PublicItem(p.getId(), p.getType(), p.getTitle(), p.getSlug(), p.getSummary(), p.getBody(), p.getDocDate(),
                p.getPublishAt(), p.getUpdatedAt(), Set.copyOf(p.getTopics()), p.getLetterNumber(),
                p.getRegulation() == null ? null : effectiveMetadata(p, superseded),
                link(p.getAmends(), now), link(p.getRevokes(), now), amendedBy,
                p.getEventKind(), p.getEventStart(), p.getEventEnd(), p.getEventLocation(), p.getRecordingUrl(),
                p.getAttachments().stream().map(PublicFile::of).toList());
    }

    /** The visible publications that amend ({@code Publication.amending}) or revoke ({@code Publication.revoking}) p. */
    private List<Publication> pointingAt(Publication p, String query, Instant now) {
        return em.createNamedQuery(query, Publication.class).setParameter("target", p).getResultStream()
                .filter(x -> x.isVisible(now)).toList();
    }

    private static RegulationMetadata effectiveMetadata(Publication p, java.util.Map<Long, LegalStatus> superseded) {
        RegulationMetadata m = p.getRegulation().copy();
        LegalStatus by = superseded.get(p.getId());
        m.setStatus(LegalStatus.effective(m.getStatus(), by == LegalStatus.DIUBAH, by == LegalStatus.DICABUT));
        return m;
    }

    private static PublicItem.Link link(Publication target, Instant now) {
        return target == null || !target.isVisible(now) ? null : new PublicItem.Link(target.getSlug(), target.getTitle());
    }

    // ---------------------------------------------------------------- helpers

    private void validate(PublicationDraft draft, Long selfId) {
        Set<String> topics = reference.topics().stream().map(Topic::getCode).collect(Collectors.toSet());
        List<Violation> violations = new ArrayList<>(PublicationRules.validate(draft, topics, clock.today()));
        if (draft.getType() == PublicationType.PERATURAN && violations.isEmpty()) {
            RegulationMetadata m = draft.getRegulation();
            boolean duplicate = em.createNamedQuery("Publication.byRegulationKey", Publication.class)
                    .setParameter("abbrev", m.getAbbreviation().trim())
                    .setParameter("number", m.getNumber().trim())
                    .setParameter("year", m.getYear())
                    .getResultStream().anyMatch(p -> !p.getId().equals(selfId));
            if (duplicate) {
                violations.add(Violation.of("regulation.number", "regulation.duplicate",
                        m.getAbbreviation().trim().toUpperCase(), m.getNumber().trim(), m.getYear()));
            }
            for (Long ref : new Long[] {draft.getAmendsId(), draft.getRevokesId()}) {
                if (ref != null && (ref.equals(selfId) || em.find(Publication.class, ref) == null
                        || em.find(Publication.class, ref).getType() != PublicationType.PERATURAN)) {
                    violations.add(Violation.of(ref.equals(draft.getAmendsId()) ? "amendsId" : "revokesId",
                            "regulation.referenceInvalid"));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private Publication target(Long id) {
        return id == null ? null : em.find(Publication.class, id);
    }

    private String uniqueSlug(PublicationDraft draft) {
        String base = PublicationRules.slugOf(draft.getTitle());
        String slug = base;
        int n = 2;
        while (em.createNamedQuery("Publication.countSlug", Long.class).setParameter("slug", slug).getSingleResult() > 0) {
            slug = base + "-" + n++;
        }
        return slug;
    }

    private void flushChecked() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new BusinessException("publication.changedMeanwhile", "?");
        }
    }

    /** Bumps the content revision (polled by the public site) and tells in-process observers. */
    private void contentChanged(Publication p, Instant now) {
        em.createQuery("UPDATE ContentState c SET c.revision = c.revision + 1, c.changedAt = :now WHERE c.id = 1")
                .setParameter("now", now).executeUpdate();
        changed.fire(new PublicationChanged(p.getId(), p.getType(), p.getStatus()));
    }

}
