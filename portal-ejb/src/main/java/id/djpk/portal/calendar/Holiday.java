package id.djpk.portal.calendar;

import java.io.Serializable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A national holiday (libur nasional) or collective leave day (cuti bersama). */
@Entity
@Table(name = "holiday")
@NamedQuery(name = "Holiday.all", query = "SELECT h FROM Holiday h ORDER BY h.date")
@NamedQuery(name = "Holiday.between", query = "SELECT h FROM Holiday h WHERE h.date BETWEEN :from AND :to ORDER BY h.date")
@NamedQuery(name = "Holiday.dates", query = "SELECT h.date FROM Holiday h")
@NamedQuery(name = "Holiday.countBetween", query = "SELECT COUNT(h) FROM Holiday h WHERE h.date BETWEEN :from AND :to")
public class Holiday implements Serializable {

    public enum Kind { LIBUR_NASIONAL, CUTI_BERSAMA }

    /** The width of the name column. */
    static final int NAME_MAX = 300;

    @Id
    @Column(name = "holiday_date")
    private LocalDate date;
    private String name;
    @Enumerated(EnumType.STRING)
    private Kind kind;

    protected Holiday() {
    }

    public Holiday(LocalDate date, String name, Kind kind) {
        this.date = date;
        this.name = name;
        this.kind = kind;
    }

    public LocalDate getDate() { return date; }
    public String getName() { return name; }
    public Kind getKind() { return kind; }
    public void setName(String name) { this.name = name; }
    public void setKind(Kind kind) { this.kind = kind; }
}
