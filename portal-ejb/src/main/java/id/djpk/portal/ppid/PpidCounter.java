package id.djpk.portal.ppid;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * The last serial given out in a year. Read under a write lock, so two requests submitted at the same
 * moment cannot get the same number; the unique tracking number in the table is the last line of defence.
 */
@Entity
@Table(name = "ppid_counter")
class PpidCounter implements Serializable {

    @Id
    @Column(name = "counter_year")
    private Integer year;
    @Column(name = "last_value")
    private int lastValue;

    protected PpidCounter() {
    }

    PpidCounter(int year) {
        this.year = year;
    }

    int next() {
        lastValue++;
        return lastValue;
    }
}
