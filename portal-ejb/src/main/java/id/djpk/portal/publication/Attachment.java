package id.djpk.portal.publication;

import id.djpk.portal.document.FileRecord;
import id.djpk.portal.document.StoredFile;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A file attached to a publication: its checked type, size, SHA-256 and extracted text. */
@Entity
@Table(name = "attachment")
public class Attachment extends FileRecord {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "publication_id")
    private Publication publication;
    // can be a whole PDF's text: loaded only when the search index asks for it
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "text_content")
    private String textContent;
    @Column(name = "sort_order")
    private int sortOrder;
    @Column(name = "created_at")
    private Instant createdAt;

    protected Attachment() {
    }

    Attachment(StoredFile file, Instant now) {
        super(file);
        this.textContent = file.text();
        this.createdAt = now;
    }

    void attachTo(Publication owner, int order) {
        this.publication = owner;
        this.sortOrder = order;
    }

    public String getTextContent() { return textContent; }
    public int getSortOrder() { return sortOrder; }
    public Instant getCreatedAt() { return createdAt; }
    public Long getPublicationId() { return publication == null ? null : publication.getId(); }
}
