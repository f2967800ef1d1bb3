package id.djpk.portal.ppid;

import id.djpk.portal.system.InvalidInputException;
import id.djpk.portal.system.Violation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One line of the Daftar Informasi Publik: what information, in which category, who holds it, where to find it. */
@Entity
@Table(name = "dip_entry")
@NamedQuery(name = "DipEntry.all", query = "SELECT d FROM DipEntry d ORDER BY d.category, d.sortOrder, d.title, d.id")
public class DipEntry implements Serializable {

    static final int TITLE_MAX = 300;
    static final int SUMMARY_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    private Long id;
    @Enumerated(EnumType.STRING)
    private DipCategory category;
    private String title;
    private String summary;
    private String responsible;
    @Column(name = "publication_id")
    private Long publicationId;
    private String slug;
    private String url;
    private String format;
    private String retention;
    @Column(name = "sort_order")
    private int sortOrder;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "updated_by")
    private String updatedBy;
    @Version
    private int version;

    public DipEntry() {
    }

    /** Checks the fields an officer typed; every problem at once. */
    List<Violation> violations() {
        List<Violation> v = new ArrayList<>();
        if (category == null) {
            v.add(Violation.of("category", "ppid.choiceRequired"));
        }
        if (title == null || title.isBlank()) {
            v.add(Violation.of("title", "ppid.required"));
        } else if (title.trim().length() > TITLE_MAX) {
            v.add(Violation.of("title", "ppid.tooLong", TITLE_MAX));
        }
        if (responsible == null || responsible.isBlank()) {
            v.add(Violation.of("responsible", "ppid.required"));
        } else if (responsible.trim().length() > 200) {
            v.add(Violation.of("responsible", "ppid.tooLong", 200));
        }
        if (summary != null && summary.trim().length() > SUMMARY_MAX) {
            v.add(Violation.of("summary", "ppid.tooLong", SUMMARY_MAX));
        }
        if (url != null && !url.isBlank() && !url.trim().matches("https?://\\S{3,490}")) {
            v.add(Violation.of("url", "ppid.dipUrl"));
        }
        return v;
    }

    void validate() {
        List<Violation> v = violations();
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        title = title.trim();
        responsible = responsible.trim();
        summary = RequestForm.trimToNull(summary);
        url = RequestForm.trimToNull(url);
        format = RequestForm.trimToNull(format);
        retention = RequestForm.trimToNull(retention);
    }

    void linkPublication(Long publicationId, String slug) {
        this.publicationId = publicationId;
        this.slug = slug;
    }

    void touched(String actor, Instant now) {
        updatedBy = actor;
        updatedAt = now;
    }

    public Long getId() { return id; }
    public DipCategory getCategory() { return category; }
    public void setCategory(DipCategory category) { this.category = category; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getResponsible() { return responsible; }
    public void setResponsible(String responsible) { this.responsible = responsible; }
    public Long getPublicationId() { return publicationId; }
    public String getSlug() { return slug; }
    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url; }
    public String getFormat() { return format; }
    public void setFormat(String format) { this.format = format; }
    public String getRetention() { return retention; }
    public void setRetention(String retention) { this.retention = retention; }
    public int getSortOrder() { return sortOrder; }
    public void setSortOrder(int sortOrder) { this.sortOrder = sortOrder; }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getUpdatedBy() { return updatedBy; }
}
