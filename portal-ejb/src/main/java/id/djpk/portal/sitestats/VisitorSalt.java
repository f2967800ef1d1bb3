package id.djpk.portal.sitestats;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** The salt of one day, shared by every public-site instance; deleted when the day is over. */
@Entity
@Table(name = "visitor_salt")
public class VisitorSalt {

    @Id
    @Column(name = "salt_day")
    private LocalDate day;
    private String salt;

    protected VisitorSalt() {
    }

    VisitorSalt(LocalDate day, String salt) {
        this.day = day;
        this.salt = salt;
    }

    public LocalDate getDay() { return day; }
    public String getSalt() { return salt; }
}
