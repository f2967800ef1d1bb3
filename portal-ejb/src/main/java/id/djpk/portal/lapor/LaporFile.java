package id.djpk.portal.lapor;

import id.djpk.portal.document.StoredFile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A file of a submission, with the version of the submission it came with (1, then each correction). */
@Entity
@Table(name = "lapor_file")
public class LaporFile implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "submission_id")
    private LaporSubmission submission;
    @Column(name = "file_version")
    private int fileVersion;
    @Column(name = "file_name")
    private String fileName;
    @Column(name = "media_type")
    private String mediaType;
    @Column(name = "size_bytes")
    private long sizeBytes;
    private String sha256;
    @Column(name = "storage_key")
    private String storageKey;

    protected LaporFile() {
    }

    LaporFile(LaporSubmission submission, int fileVersion, StoredFile file) {
        this.submission = submission;
        this.fileVersion = fileVersion;
        this.fileName = file.fileName();
        this.mediaType = file.mediaType();
        this.sizeBytes = file.sizeBytes();
        this.sha256 = file.sha256();
        this.storageKey = file.storageKey();
    }

    public Long getId() { return id; }
    public LaporSubmission getSubmission() { return submission; }
    public int getFileVersion() { return fileVersion; }
    public String getFileName() { return fileName; }
    public String getMediaType() { return mediaType; }
    public long getSizeBytes() { return sizeBytes; }
    public String getSha256() { return sha256; }
    public String getStorageKey() { return storageKey; }
}
