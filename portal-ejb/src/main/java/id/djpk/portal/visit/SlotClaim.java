package id.djpk.portal.visit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A taken session. Its primary key (date, session) lets only one visit hold a session: of two desks
 * confirming the last free session at the same moment, the second insert fails and that confirmation is
 * refused, on H2 as on PostgreSQL.
 */
@Entity
@Table(name = "visit_slot")
@IdClass(SlotClaim.Key.class)
@NamedQuery(name = "SlotClaim.between", query = "SELECT c FROM SlotClaim c WHERE c.date BETWEEN :from AND :to")
class SlotClaim implements Serializable {

    @Id
    @Column(name = "slot_date")
    private LocalDate date;
    @Id
    @Column(name = "slot_number")
    private int number;
    @Column(name = "visit_id")
    private Long visitId;

    protected SlotClaim() {
    }

    SlotClaim(Slot slot, Long visitId) {
        this.date = slot.date();
        this.number = slot.number();
        this.visitId = visitId;
    }

    Slot slot() {
        return new Slot(date, number);
    }

    Long visitId() {
        return visitId;
    }

    /** The composite key. */
    public static class Key implements Serializable {
        private LocalDate date;
        private int number;

        public Key() {
        }

        Key(Slot slot) {
            this.date = slot.date();
            this.number = slot.number();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.number == number && Objects.equals(k.date, date);
        }

        @Override
        public int hashCode() {
            return Objects.hash(date, number);
        }
    }
}
