package id.djpk.portal.publication;

import java.io.Serializable;
import id.djpk.portal.document.StoredFile;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A file attached to a publication: its checked type, size, SHA-256 and extracted text. */
@Entity
@Table(name = "attachment")
public class Attachment implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "publication_id")
    private Publication publication;
    @Column(name = "file_name")
    private String fileName;
    @Column(name = "media_type")
    private String mediaType;
    @Column(name = "size_bytes")
    private long sizeBytes;
    private String sha256;
    @Column(name = "storage_key")
    private String storageKey;
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
        this.fileName = file.fileName();
        this.mediaType = file.mediaType();
        this.sizeBytes = file.sizeBytes();
        this.sha256 = file.sha256();
        this.storageKey = file.storageKey();
        this.textContent = file.text();
        this.createdAt = now;
    }

    void attachTo(Publication owner, int order) {
        this.publication = owner;
        this.sortOrder = order;
    }

    public Long getId() { return id; }
    public String getFileName() { return fileName; }
    public String getMediaType() { return mediaType; }
    public long getSizeBytes() { return sizeBytes; }
    public String getSha256() { return sha256; }
    public String getStorageKey() { return storageKey; }
    public String getTextContent() { return textContent; }
    public int getSortOrder() { return sortOrder; }
    public Instant getCreatedAt() { return createdAt; }
    public Long getPublicationId() { return publication == null ? null : publication.getId(); }
}
