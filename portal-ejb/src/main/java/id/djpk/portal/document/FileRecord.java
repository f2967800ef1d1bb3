package id.djpk.portal.document;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.io.Serializable;

/**
 * The row of one file kept in the store (a ticket message's attachment, a Lapor submission's file, a publication's
 * attachment): its name, checked type, size, SHA-256 and storage key, as {@link StoredFile} gave them. Never changed.
 * Each subclass keeps its own table (the same column names) and its link to what the file belongs to.
 */
@MappedSuperclass
public abstract class FileRecord implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    private Long id;
    @Column(name = "file_name")
    private String fileName;
    @Column(name = "media_type")
    private String mediaType;
    @Column(name = "size_bytes")
    private long sizeBytes;
    private String sha256;
    @Column(name = "storage_key")
    private String storageKey;

    protected FileRecord() {
    }

    protected FileRecord(StoredFile file) {
        this.fileName = file.fileName();
        this.mediaType = file.mediaType();
        this.sizeBytes = file.sizeBytes();
        this.sha256 = file.sha256();
        this.storageKey = file.storageKey();
    }

    public Long getId() { return id; }
    public String getFileName() { return fileName; }
    public String getMediaType() { return mediaType; }
    public long getSizeBytes() { return sizeBytes; }
    public String getSha256() { return sha256; }
    public String getStorageKey() { return storageKey; }
}
