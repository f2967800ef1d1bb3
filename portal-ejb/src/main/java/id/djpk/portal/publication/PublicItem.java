package id.djpk.portal.publication;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A published item as the public site shows it: a detached, read-only view, never a managed entity. */
public record PublicItem(
        long id, PublicationType type, String title, String slug, String summary, String body, LocalDate docDate,
        Instant publishedAt, Instant updatedAt, Set<String> topics, String letterNumber,
        RegulationMetadata regulation, Link amends, Link revokes, List<Link> amendedBy,
        EventKind eventKind, Instant eventStart, Instant eventEnd, String eventLocation, String recordingUrl,
        List<PublicFile> files) {

    /** A reference to another publication. */
    public record Link(String slug, String title) implements java.io.Serializable {
    }

    /**
     * When the item last changed as the public sees it: its publication, or a later edit (feeds' {@code <updated>},
     * the sitemap's {@code lastmod}); null for an imported item with neither.
     */
    public Instant lastModified() {
        if (publishedAt == null || updatedAt == null) {
            return publishedAt;
        }
        return updatedAt.isAfter(publishedAt) ? updatedAt : publishedAt;
    }

    public String citation() {
        return regulation == null ? null : regulation.citation();
    }

    public LegalStatus legalStatus() {
        return regulation == null ? null : regulation.getStatus();
    }

    public int year() {
        return regulation != null && regulation.getYear() != null ? regulation.getYear() : docDate.getYear();
    }
}
