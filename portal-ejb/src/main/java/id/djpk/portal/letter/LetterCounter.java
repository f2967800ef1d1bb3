package id.djpk.portal.letter;

import id.djpk.portal.system.YearlyCounter;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The numbers the portal gives its own letters in the register of outgoing letters, per year. */
@Entity
@Table(name = "letter_counter")
class LetterCounter extends YearlyCounter {

    private static final long serialVersionUID = 1L;

    protected LetterCounter() {
    }

    LetterCounter(int year) {
        super(year);
    }
}
