package id.djpk.portal.whatsapp;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * A contact's consent to announcements as it was given or withdrawn: when, on which channel, for which address, how,
 * and the text the person was shown then (the bot's words, the e-mail's footer). Only ever added.
 */
@Entity
@Table(name = "consent_record")
@NamedQuery(name = "ConsentRecord.ofAddress", query = "SELECT r FROM ConsentRecord r WHERE r.address = :address "
        + "ORDER BY r.recordedAt, r.id")
@NamedQuery(name = "ConsentRecord.recent", query = "SELECT r FROM ConsentRecord r ORDER BY r.recordedAt DESC, r.id DESC")
public class ConsentRecord implements Serializable {

    /** How the consent changed. */
    public enum How {
        /** the identity sent to the chatbot, whose greeting says it means receiving announcements */
        WHATSAPP_IDENTITY,
        /** IKUT typed to the chatbot */
        WHATSAPP_IKUT,
        /** BERHENTI or STOP typed to the chatbot */
        WHATSAPP_BERHENTI,
        /** the "stop receiving" link of an announcement e-mail */
        EMAIL_LINK,
        /** the public ticket form's announcements checkbox: ticked gives, left unticked withdraws */
        WEB_FORM
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    private Long id;
    @Column(name = "recorded_at")
    private Instant recordedAt;
    private String channel;
    private String address;
    private boolean given;
    @Enumerated(EnumType.STRING)
    private How how;
    private String notice;

    protected ConsentRecord() {
    }

    ConsentRecord(Instant at, String channel, String address, boolean given, How how, String notice) {
        this.recordedAt = at;
        this.channel = channel;
        this.address = address;
        this.given = given;
        this.how = how;
        this.notice = notice.length() <= 2000 ? notice : notice.substring(0, 2000);
    }

    /** The public ticket form's checkbox, ticked or not, with its text in the language the form was shown in. */
    public static ConsentRecord webForm(Instant at, String email, boolean given, String checkboxText) {
        return new ConsentRecord(at, "EMAIL", email, given, How.WEB_FORM, checkboxText);
    }

    public Long getId() { return id; }
    public Instant getRecordedAt() { return recordedAt; }
    public String getChannel() { return channel; }
    public String getAddress() { return address; }
    public boolean isGiven() { return given; }
    public How getHow() { return how; }
    public String getNotice() { return notice; }
}
