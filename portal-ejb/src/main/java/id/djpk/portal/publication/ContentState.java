package id.djpk.portal.publication;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One row whose revision goes up with every change of public content. Every public-site instance
 * polls it to drop its rendered-page cache and refresh its search index: the database is the only
 * channel between the staff portal and the public site.
 */
@Entity
@Table(name = "content_state")
public class ContentState {

    static final int ID = 1;

    @Id
    private Integer id;
    private long revision;
    @Column(name = "changed_at")
    private Instant changedAt;

    protected ContentState() {
    }

    public long getRevision() { return revision; }
    public Instant getChangedAt() { return changedAt; }
}
