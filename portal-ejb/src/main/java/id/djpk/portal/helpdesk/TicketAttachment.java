package id.djpk.portal.helpdesk;

import id.djpk.portal.document.FileRecord;
import id.djpk.portal.document.StoredFile;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A file of one message (an e-mail's attachment, a WhatsApp image, a file sent with an answer), checked by
 * content and kept in the document store under {@code storageKey}. Never changed.
 */
@Entity
@Table(name = "helpdesk_attachment")
public class TicketAttachment extends FileRecord {

    /** The largest file a message may bring (an e-mail attachment). */
    public static final long MAX_BYTES = 25L * 1024 * 1024;

    @ManyToOne(optional = false)
    @JoinColumn(name = "message_id")
    private TicketMessage message;

    protected TicketAttachment() {
    }

    TicketAttachment(TicketMessage message, StoredFile file) {
        super(file);
        this.message = message;
    }

    public TicketMessage getMessage() { return message; }
}
