package id.djpk.portal.helpdesk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;

/** The last ticket serial of a year, read under a write lock so no number is given twice. */
@Entity
@Table(name = "helpdesk_counter")
class TicketCounter implements Serializable {

    @Id
    @Column(name = "counter_year")
    private Integer year;
    @Column(name = "last_value")
    private int lastValue;

    protected TicketCounter() {
    }

    TicketCounter(int year) {
        this.year = year;
    }

    int next() {
        return ++lastValue;
    }
}
