package id.djpk.portal.whatsapp;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** The code behind a blast e-mail's "stop receiving" link: its digest and the contact it withdraws. */
@Entity
@Table(name = "contact_unsubscribe")
public class Unsubscribe implements Serializable {

    @Id
    @Column(name = "code_hash")
    private String codeHash;
    @Column(name = "contact_id")
    private Long contactId;
    @Column(name = "created_at")
    private Instant createdAt;

    protected Unsubscribe() {
    }

    Unsubscribe(String codeHash, Long contactId, Instant at) {
        this.codeHash = codeHash;
        this.contactId = contactId;
        this.createdAt = at;
    }

    public Long getContactId() { return contactId; }
}
