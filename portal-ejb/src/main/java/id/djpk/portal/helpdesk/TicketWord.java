package id.djpk.portal.helpdesk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * One word of a ticket as the queue's search reads it ({@code helpdesk_ticket_word}, V46). Written only through
 * {@link Ticket}'s words; this view of the table lets a search ask the index alone, without joining the tickets.
 */
@Entity
@Table(name = "helpdesk_ticket_word")
@IdClass(TicketWord.Key.class)
@NamedQuery(name = "TicketWord.ticketsOf", query = "SELECT w.ticketId FROM TicketWord w WHERE w.word LIKE :pattern")
public class TicketWord {

    @Id
    @Column(name = "ticket_id")
    private Long ticketId;
    @Id
    private String word;

    protected TicketWord() {
    }

    public Long getTicketId() {
        return ticketId;
    }

    public String getWord() {
        return word;
    }

    /** The key: a ticket's word. */
    public static class Key implements Serializable {
        private Long ticketId;
        private String word;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(ticketId, k.ticketId) && Objects.equals(word, k.word);
        }

        @Override
        public int hashCode() {
            return Objects.hash(ticketId, word);
        }
    }
}
