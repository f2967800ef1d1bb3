package id.djpk.portal.whatsapp;

import id.djpk.portal.helpdesk.UserCategory;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * An announcement to the consenting contacts of a segment (DOMAIN.md §4: invitations, new regulations, surveys),
 * by an approved WhatsApp template or by e-mail, sent now or at a time. The recipients are taken when it starts
 * (whoever withdrew consent by then is left out); what each got is the outbox's record.
 */
@Entity
@Table(name = "blast")
@NamedQuery(name = "Blast.due", query = "SELECT b.id FROM Blast b WHERE b.state = :scheduled AND b.sendAt <= :now ORDER BY b.sendAt")
@NamedQuery(name = "Blast.recent", query = "SELECT b FROM Blast b ORDER BY b.sendAt DESC, b.id DESC")
public class Blast implements Serializable {

    public enum BlastChannel { WHATSAPP, EMAIL }

    /** Scheduled until its time, then sending (recipients queued at the blast's pace); done once none waits. */
    public enum State { SCHEDULED, SENDING, DONE }

    /** Who receives it: consenting contacts, narrowed by any of these (all null: everyone who consented). */
    public record Segment(UserCategory category, String provinceCode, String regionCode, String topic) implements Serializable {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    private Long id;
    private String name;
    @Enumerated(EnumType.STRING)
    private BlastChannel channel;
    private String template;
    private String language;
    private String parameters;
    private String subject;
    private String body;
    @Enumerated(EnumType.STRING)
    @Column(name = "segment_category")
    private UserCategory segmentCategory;
    @Column(name = "segment_province")
    private String segmentProvince;
    @Column(name = "segment_region")
    private String segmentRegion;
    @Column(name = "segment_topic")
    private String segmentTopic;
    @Enumerated(EnumType.STRING)
    private State state;
    @Column(name = "send_at")
    private Instant sendAt;
    private int recipients;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "created_by")
    private String createdBy;
    @Version
    private int version;

    protected Blast() {
    }

    Blast(String name, BlastChannel channel, String template, String language, List<String> parameters, String subject,
            String body, Segment segment, Instant sendAt, Instant now, String by) {
        this.name = name;
        this.channel = channel;
        this.template = template;
        this.language = language;
        this.parameters = parameters == null || parameters.isEmpty() ? null : String.join("\u001F", parameters);
        this.subject = subject;
        this.body = body;
        this.segmentCategory = segment.category();
        this.segmentProvince = segment.provinceCode();
        this.segmentRegion = segment.regionCode();
        this.segmentTopic = segment.topic();
        this.state = State.SCHEDULED;
        this.sendAt = sendAt;
        this.createdAt = now;
        this.createdBy = by;
    }

    void started(int count) {
        state = State.SENDING;
        recipients = count;
    }

    void done() {
        state = State.DONE;
    }

    public List<String> parameterList() {
        return parameters == null ? List.of() : Arrays.asList(parameters.split("\u001F", -1));
    }

    public Segment segment() {
        return new Segment(segmentCategory, segmentProvince, segmentRegion, segmentTopic);
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public BlastChannel getChannel() { return channel; }
    public String getTemplate() { return template; }
    public String getLanguage() { return language; }
    public String getSubject() { return subject; }
    public String getBody() { return body; }
    public State getState() { return state; }
    public Instant getSendAt() { return sendAt; }
    public int getRecipients() { return recipients; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
}
