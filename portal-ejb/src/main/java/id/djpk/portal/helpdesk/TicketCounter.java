package id.djpk.portal.helpdesk;

import id.djpk.portal.system.YearlyCounter;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The helpdesk's ticket numbers of a year. */
@Entity
@Table(name = "helpdesk_counter")
class TicketCounter extends YearlyCounter {

    private static final long serialVersionUID = 1L;

    protected TicketCounter() {
    }

    TicketCounter(int year) {
        super(year);
    }
}
