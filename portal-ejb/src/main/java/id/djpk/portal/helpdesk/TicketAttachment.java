package id.djpk.portal.helpdesk;

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

/**
 * A file of one message (an e-mail's attachment, a WhatsApp image, a file sent with an answer), checked by
 * content and kept in the document store under {@code storageKey}. Never changed.
 */
@Entity
@Table(name = "helpdesk_attachment")
public class TicketAttachment implements Serializable {

    /** The largest file a message may bring (an e-mail attachment). */
    public static final long MAX_BYTES = 25L * 1024 * 1024;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "message_id")
    private TicketMessage message;
    @Column(name = "file_name")
    private String fileName;
    @Column(name = "media_type")
    private String mediaType;
    @Column(name = "size_bytes")
    private long sizeBytes;
    private String sha256;
    @Column(name = "storage_key")
    private String storageKey;

    protected TicketAttachment() {
    }

    TicketAttachment(TicketMessage message, StoredFile file) {
        this.message = message;
        this.fileName = file.fileName();
        this.mediaType = file.mediaType();
        this.sizeBytes = file.sizeBytes();
        this.sha256 = file.sha256();
        this.storageKey = file.storageKey();
    }

    public Long getId() { return id; }
    public TicketMessage getMessage() { return message; }
    public String getFileName() { return fileName; }
    public String getMediaType() { return mediaType; }
    public long getSizeBytes() { return sizeBytes; }
    public String getSha256() { return sha256; }
    public String getStorageKey() { return storageKey; }
}
