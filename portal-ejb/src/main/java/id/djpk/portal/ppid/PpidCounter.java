package id.djpk.portal.ppid;

import id.djpk.portal.system.YearlyCounter;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The PPID's tracking numbers of a year; the unique tracking number in the table is the last line of defence. */
@Entity
@Table(name = "ppid_counter")
class PpidCounter extends YearlyCounter {

    private static final long serialVersionUID = 1L;

    protected PpidCounter() {
    }

    PpidCounter(int year) {
        super(year);
    }
}
