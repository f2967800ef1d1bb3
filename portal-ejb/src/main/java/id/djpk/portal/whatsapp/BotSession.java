package id.djpk.portal.whatsapp;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * One conversation with the bot for the figures: a number's messages without a pause of {@link #PAUSE}, in the
 * office month of its first message's own timestamp. One that never reached a menu choice and has been silent
 * for the pause is "Tidak Dilanjutkan".
 */
@Entity
@Table(name = "wa_session")
public class BotSession implements Serializable {

    public static final Duration PAUSE = Duration.ofMinutes(30);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    private Long id;
    @Column(name = "wa_id")
    private String waId;
    @Column(name = "started_at")
    private Instant startedAt;
    @Column(name = "started_month")
    private String startedMonth;
    @Column(name = "last_at")
    private Instant lastAt;
    @Column(name = "menu_chosen")
    private boolean menuChosen;
    @Column(name = "handed_over")
    private boolean handedOver;

    protected BotSession() {
    }

    BotSession(String waId, Instant at, String month) {
        this.waId = waId;
        this.startedAt = at;
        this.startedMonth = month;
        this.lastAt = at;
    }

    /** Whether a message at {@code at} continues this conversation (a late delivery of an earlier message does too). */
    boolean continuesWith(Instant at) {
        return !at.isAfter(lastAt.plus(PAUSE));
    }

    void message(Instant at) {
        if (at.isAfter(lastAt)) {
            lastAt = at;
        }
    }

    void menuChosen() {
        menuChosen = true;
    }

    void handedOver() {
        handedOver = true;
        menuChosen = true;
    }

    public Long getId() { return id; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getLastAt() { return lastAt; }
    public boolean isMenuChosen() { return menuChosen; }
    public boolean isHandedOver() { return handedOver; }
}
