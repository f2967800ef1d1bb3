package id.djpk.portal.publication;

import java.io.Serializable;
import id.djpk.portal.system.BusinessException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Anything the office publishes. Regulations carry {@link RegulationMetadata}; events their date and recording. */
@Entity
@Table(name = "publication")
@NamedQuery(name = "Publication.bySlug", query = "SELECT p FROM Publication p WHERE p.slug = :slug")
@NamedQuery(name = "Publication.countSlug", query = "SELECT COUNT(p) FROM Publication p WHERE p.slug = :slug")
@NamedQuery(name = "Publication.byRegulationKey", query = "SELECT p FROM Publication p WHERE "
        + "UPPER(p.regulation.abbreviation) = UPPER(:abbrev) AND UPPER(p.regulation.number) = UPPER(:number) "
        + "AND p.regulation.year = :year")
@NamedQuery(name = "Publication.visible", query = "SELECT p FROM Publication p WHERE p.status = "
        + "id.djpk.portal.publication.PublicationStatus.PUBLISHED AND p.publishAt <= :now ORDER BY p.docDate DESC, p.id DESC")
@NamedQuery(name = "Publication.nextScheduled", query = "SELECT MIN(p.publishAt) FROM Publication p WHERE p.status = "
        + "id.djpk.portal.publication.PublicationStatus.PUBLISHED AND p.publishAt > :now")
// One query per link: EclipseLink 4 turns "SELECT a.id, r.id … LEFT JOIN p.amends a LEFT JOIN p.revokes r" into
// inner joins on both, which loses every regulation that only amends or only revokes.
@NamedQuery(name = "Publication.amendedIds", query = "SELECT p.amends.id FROM Publication p WHERE p.status = "
        + "id.djpk.portal.publication.PublicationStatus.PUBLISHED AND p.publishAt <= :now AND p.amends IS NOT NULL")
@NamedQuery(name = "Publication.revokedIds", query = "SELECT p.revokes.id FROM Publication p WHERE p.status = "
        + "id.djpk.portal.publication.PublicationStatus.PUBLISHED AND p.publishAt <= :now AND p.revokes IS NOT NULL")
// By the link alone, visibility checked by the caller: each uses its own column's index (V44). With "p.amends = :t OR
// p.revokes = :t" and the visibility conditions H2 walked every visible publication (ix_publication_public).
@NamedQuery(name = "Publication.amending", query = "SELECT p FROM Publication p WHERE p.amends = :target")
@NamedQuery(name = "Publication.revoking", query = "SELECT p FROM Publication p WHERE p.revokes = :target")
public class Publication implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "pub_type")
    private PublicationType type;
    private String title;
    private String slug;
    private String summary;
    private String body;
    @Column(name = "doc_date")
    private LocalDate docDate;

    @Enumerated(EnumType.STRING)
    private PublicationStatus status = PublicationStatus.DRAFT;
    @Column(name = "publish_at")
    private Instant publishAt;
    @Column(name = "published_at")
    private Instant publishedAt;
    @Column(name = "published_by")
    private String publishedBy;
    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;
    @Column(name = "withdrawn_by")
    private String withdrawnBy;
    @Column(name = "withdraw_reason")
    private String withdrawReason;

    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "updated_by")
    private String updatedBy;
    @Version
    private int version;

    @Column(name = "letter_number")
    private String letterNumber;

    @Embedded
    private RegulationMetadata regulation;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "reg_amends_id")
    private Publication amends;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "reg_revokes_id")
    private Publication revokes;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_kind")
    private EventKind eventKind;
    @Column(name = "event_start")
    private Instant eventStart;
    @Column(name = "event_end")
    private Instant eventEnd;
    @Column(name = "event_location")
    private String eventLocation;
    @Column(name = "recording_url")
    private String recordingUrl;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "publication_topic", joinColumns = @JoinColumn(name = "publication_id"))
    @Column(name = "topic_code")
    private Set<String> topics = new LinkedHashSet<>();

    @OneToMany(mappedBy = "publication", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("sortOrder")
    private List<Attachment> attachments = new ArrayList<>();

    protected Publication() {
    }

    Publication(PublicationType type, String slug, String actor, Instant now) {
        this.type = type;
        this.slug = slug;
        this.createdAt = now;
        this.createdBy = actor;
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    /** Copies the editable fields of a validated draft. */
    void apply(PublicationDraft d, Publication amendsTarget, Publication revokesTarget, String actor, Instant now) {
        title = d.getTitle().trim();
        summary = blankToNull(d.getSummary());
        body = blankToNull(d.getBody());
        docDate = d.getDocDate();
        letterNumber = type == PublicationType.PEMBERITAHUAN ? blankToNull(d.getLetterNumber()) : null;
        if (type == PublicationType.PERATURAN) {
            regulation = d.getRegulation().copy();
            if (regulation.getStatus() == null) {
                regulation.setStatus(LegalStatus.BERLAKU);
            }
            if (regulation.getAbbreviation() != null) {
                regulation.setAbbreviation(regulation.getAbbreviation().trim().toUpperCase());
            }
            amends = amendsTarget;
            revokes = revokesTarget;
        } else {
            regulation = null;
            amends = null;
            revokes = null;
        }
        if (type == PublicationType.KEGIATAN) {
            eventKind = d.getEventKind();
            eventStart = d.getEventStart();
            eventEnd = d.getEventEnd();
            eventLocation = blankToNull(d.getEventLocation());
            recordingUrl = blankToNull(d.getRecordingUrl());
        } else {
            eventKind = null;
            eventStart = null;
            eventEnd = null;
            eventLocation = null;
            recordingUrl = blankToNull(d.getRecordingUrl());
        }
        topics.clear();
        topics.addAll(d.getTopics());
        touch(actor, now);
    }

    /** Publishes now, or at {@code at} when that lies in the future (scheduled publication). */
    void publish(Instant at, String actor, Instant now) {
        if (status == PublicationStatus.WITHDRAWN) {
            throw new BusinessException("publication.withdrawnCannotPublish");
        }
        if (status == PublicationStatus.PUBLISHED && isVisible(now)) {
            throw new BusinessException("publication.alreadyPublished");
        }
        status = PublicationStatus.PUBLISHED;
        publishAt = at == null || at.isBefore(now) ? now : at;
        publishedAt = now;
        publishedBy = actor;
        touch(actor, now);
    }

    /** Takes back a scheduled publication before it appears. */
    void unschedule(String actor, Instant now) {
        if (status != PublicationStatus.PUBLISHED || isVisible(now)) {
            throw new BusinessException("publication.notScheduled");
        }
        status = PublicationStatus.DRAFT;
        publishAt = null;
        publishedAt = null;
        publishedBy = null;
        touch(actor, now);
    }

    void withdraw(String reason, String actor, Instant now) {
        if (status != PublicationStatus.PUBLISHED) {
            throw new BusinessException("publication.notPublished");
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("publication.withdrawReasonRequired");
        }
        status = PublicationStatus.WITHDRAWN;
        withdrawnAt = now;
        withdrawnBy = actor;
        withdrawReason = reason.trim();
        touch(actor, now);
    }

    void addAttachment(Attachment attachment) {
        attachment.attachTo(this, attachments.size());
        attachments.add(attachment);
    }

    boolean removeAttachment(long attachmentId) {
        return attachments.removeIf(a -> a.getId() != null && a.getId() == attachmentId);
    }

    void touch(String actor, Instant now) {
        updatedAt = now;
        updatedBy = actor;
    }

    public boolean isVisible(Instant now) {
        return status == PublicationStatus.PUBLISHED && publishAt != null && !publishAt.isAfter(now);
    }

    public boolean isScheduled(Instant now) {
        return status == PublicationStatus.PUBLISHED && publishAt != null && publishAt.isAfter(now);
    }

    public int getYear() {
        if (regulation != null && regulation.getYear() != null) {
            return regulation.getYear();
        }
        return docDate.getYear();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public Long getId() { return id; }
    public PublicationType getType() { return type; }
    public String getTitle() { return title; }
    public String getSlug() { return slug; }
    public String getSummary() { return summary; }
    public String getBody() { return body; }
    public LocalDate getDocDate() { return docDate; }
    public PublicationStatus getStatus() { return status; }
    public Instant getPublishAt() { return publishAt; }
    public Instant getPublishedAt() { return publishedAt; }
    public String getPublishedBy() { return publishedBy; }
    public Instant getWithdrawnAt() { return withdrawnAt; }
    public String getWithdrawnBy() { return withdrawnBy; }
    public String getWithdrawReason() { return withdrawReason; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getUpdatedBy() { return updatedBy; }
    public int getVersion() { return version; }
    public String getLetterNumber() { return letterNumber; }
    public RegulationMetadata getRegulation() { return regulation; }
    public Publication getAmends() { return amends; }
    public Publication getRevokes() { return revokes; }
    public EventKind getEventKind() { return eventKind; }
    public Instant getEventStart() { return eventStart; }
    public Instant getEventEnd() { return eventEnd; }
    public String getEventLocation() { return eventLocation; }
    public String getRecordingUrl() { return recordingUrl; }
    public Set<String> getTopics() { return Set.copyOf(topics); }
    public List<Attachment> getAttachments() { return List.copyOf(attachments); }
}
