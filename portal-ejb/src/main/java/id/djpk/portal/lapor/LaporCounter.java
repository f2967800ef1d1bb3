package id.djpk.portal.lapor;

import id.djpk.portal.system.YearlyCounter;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The receipt numbers of a year; the unique receipt in the table is the last line of defence. */
@Entity
@Table(name = "lapor_counter")
class LaporCounter extends YearlyCounter {

    private static final long serialVersionUID = 1L;

    protected LaporCounter() {
    }

    LaporCounter(int year) {
        super(year);
    }
}
