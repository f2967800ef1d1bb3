package id.djpk.portal.lapor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** That a region was reminded of a report it still owed: once per type, period and region (a unique key). */
@Entity
@Table(name = "lapor_reminder")
@NamedQuery(name = "LaporReminder.ofReport", query = "SELECT r FROM LaporReminder r WHERE r.typeCode = :type AND r.period = :period")
@NamedQuery(name = "LaporReminder.sentFor", query = "SELECT r.regionCode FROM LaporReminder r WHERE r.typeCode = :type "
        + "AND r.period = :period")
public class LaporReminder implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int RECIPIENTS_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    private Long id;
    @Column(name = "type_code")
    private String typeCode;
    private String period;
    @Column(name = "region_code")
    private String regionCode;
    private LocalDate deadline;
    private String recipients;
    @Column(name = "sent_at")
    private Instant sentAt;

    protected LaporReminder() {
    }

    LaporReminder(String typeCode, String period, String regionCode, LocalDate deadline, String recipients, Instant sentAt) {
        this.typeCode = typeCode;
        this.period = period;
        this.regionCode = regionCode;
        this.deadline = deadline;
        this.recipients = recipients.length() > RECIPIENTS_MAX ? recipients.substring(0, RECIPIENTS_MAX) : recipients;
        this.sentAt = sentAt;
    }

    public String getTypeCode() { return typeCode; }
    public String getPeriod() { return period; }
    public String getRegionCode() { return regionCode; }
    public LocalDate getDeadline() { return deadline; }
    public String getRecipients() { return recipients; }
    public Instant getSentAt() { return sentAt; }
}
