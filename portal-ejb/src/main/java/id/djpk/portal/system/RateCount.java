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
 * How often one subject (an address) did one thing (a series) within one fixed window. One row per window, raised
 * by a bulk update, so that a count costs one statement and instances never hold it in memory.
 */
@Entity
@Table(name = "rate_count")
@NamedQuery(name = "RateCount.hits", query = "SELECT c.hits FROM RateCount c "
        + "WHERE c.series = :series AND c.subject = :subject AND c.windowStart = :start")
@NamedQuery(name = "RateCount.raise", query = "UPDATE RateCount c SET c.hits = c.hits + 1 "
        + "WHERE c.series = :series AND c.subject = :subject AND c.windowStart = :start")
@NamedQuery(name = "RateCount.take", query = "UPDATE RateCount c SET c.hits = c.hits + 1 "
        + "WHERE c.series = :series AND c.subject = :subject AND c.windowStart = :start AND c.hits < :max")
@NamedQuery(name = "RateCount.forgetBefore", query = "DELETE FROM RateCount c WHERE c.windowStart < :before")
public class RateCount {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    private Long id;
    private String series;
    private String subject;
    @Column(name = "window_start")
    private Instant windowStart;
    private int hits;

    protected RateCount() {
    }

    RateCount(String series, String subject, Instant windowStart) {
        this.series = series;
        this.subject = subject;
        this.windowStart = windowStart;
        this.hits = 1;
    }
}
