package id.djpk.portal.audit;

import java.io.Serializable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One state change. Never updated, never deleted. */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = "AuditEntry.recent", query = "SELECT a FROM AuditEntry a ORDER BY a.at DESC, a.id DESC")
@NamedQuery(name = "AuditEntry.forEntity",
        query = "SELECT a FROM AuditEntry a WHERE a.entityType = :type AND a.entityId = :id ORDER BY a.at, a.id")
public class AuditEntry implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    private Long id;
    private Instant at;
    private String actor;
    private String action;
    @Column(name = "entity_type")
    private String entityType;
    @Column(name = "entity_id")
    private String entityId;
    private String detail;

    protected AuditEntry() {
    }

    AuditEntry(Instant at, String actor, String action, String entityType, String entityId, String detail) {
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.detail = detail == null || detail.length() <= 4000 ? detail : detail.substring(0, 4000);
    }

    public Long getId() { return id; }
    public Instant getAt() { return at; }
    public String getActor() { return actor; }
    public String getAction() { return action; }
    public String getEntityType() { return entityType; }
    public String getEntityId() { return entityId; }
    public String getDetail() { return detail; }
}
