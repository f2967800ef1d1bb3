package id.djpk.portal.whatsapp;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A menu item a number chose, in the office month of the message's own timestamp (the report counts users per item). */
@Entity
@Table(name = "wa_menu_choice")
public class MenuChoice implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    private Long id;
    @Column(name = "wa_id")
    private String waId;
    private int item;
    @Column(name = "chosen_at")
    private Instant chosenAt;
    @Column(name = "chosen_month")
    private String chosenMonth;

    protected MenuChoice() {
    }

    MenuChoice(String waId, int item, Instant at, String month) {
        this.waId = waId;
        this.item = item;
        this.chosenAt = at;
        this.chosenMonth = month;
    }

    public int getItem() { return item; }
}
