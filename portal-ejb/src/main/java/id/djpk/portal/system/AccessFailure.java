package id.djpk.portal.system;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One wrong access code given for a number (a PPID request, a booking, a ticket). A row per failure, not a
 * counter: two instances recording at once never contend for one row, and the window slides by itself.
 */
@Entity
@Table(name = "access_failure")
@NamedQuery(name = "AccessFailure.since", query = "SELECT f FROM AccessFailure f "
        + "WHERE f.kind = :kind AND f.subject = :subject AND f.failedAt > :since ORDER BY f.failedAt")
@NamedQuery(name = "AccessFailure.forgetBefore", query = "DELETE FROM AccessFailure f "
        + "WHERE f.kind = :kind AND f.subject = :subject AND f.failedAt <= :before")
public class AccessFailure {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    private Long id;
    private String kind;
    private String subject;
    @Column(name = "failed_at")
    private Instant failedAt;

    protected AccessFailure() {
    }

    AccessFailure(String kind, String subject, Instant failedAt) {
        this.kind = kind;
        this.subject = subject;
        this.failedAt = failedAt;
    }

    Instant getFailedAt() {
        return failedAt;
    }
}
