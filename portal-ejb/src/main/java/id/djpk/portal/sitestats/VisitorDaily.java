package id.djpk.portal.sitestats;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;

/** One anonymous visitor on one day. */
@Entity
@Table(name = "visitor_daily")
@IdClass(VisitorDaily.Key.class)
public class VisitorDaily {

    public record Key(LocalDate day, String visitorHash) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "visit_day")
    private LocalDate day;
    @Id
    @Column(name = "visitor_hash")
    private String visitorHash;

    protected VisitorDaily() {
    }

    VisitorDaily(LocalDate day, String visitorHash) {
        this.day = day;
        this.visitorHash = visitorHash;
    }

    public LocalDate getDay() { return day; }
    public String getVisitorHash() { return visitorHash; }
}
