package id.djpk.portal.publication;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/** What a publisher enters on the form; validated by {@link PublicationRules} before it touches an entity. */
public class PublicationDraft implements Serializable {

    private PublicationType type;
    private String title;
    private String summary;
    private String body;
    private LocalDate docDate;
    private String letterNumber;
    private RegulationMetadata regulation = new RegulationMetadata();
    private Long amendsId;
    private Long revokesId;
    private EventKind eventKind;
    private Instant eventStart;
    private Instant eventEnd;
    private String eventLocation;
    private String recordingUrl;
    private Set<String> topics = new LinkedHashSet<>();

    public static PublicationDraft of(Publication p) {
        PublicationDraft d = new PublicationDraft();
        d.type = p.getType();
        d.title = p.getTitle();
        d.summary = p.getSummary();
        d.body = p.getBody();
        d.docDate = p.getDocDate();
        d.letterNumber = p.getLetterNumber();
        d.regulation = p.getRegulation() == null ? new RegulationMetadata() : p.getRegulation().copy();
        d.amendsId = p.getAmends() == null ? null : p.getAmends().getId();
        d.revokesId = p.getRevokes() == null ? null : p.getRevokes().getId();
        d.eventKind = p.getEventKind();
        d.eventStart = p.getEventStart();
        d.eventEnd = p.getEventEnd();
        d.eventLocation = p.getEventLocation();
        d.recordingUrl = p.getRecordingUrl();
        d.topics = new LinkedHashSet<>(p.getTopics());
        return d;
    }

    public PublicationType getType() { return type; }
    public void setType(PublicationType type) { this.type = type; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public LocalDate getDocDate() { return docDate; }
    public void setDocDate(LocalDate docDate) { this.docDate = docDate; }
    public String getLetterNumber() { return letterNumber; }
    public void setLetterNumber(String letterNumber) { this.letterNumber = letterNumber; }
    public RegulationMetadata getRegulation() { return regulation; }
    public void setRegulation(RegulationMetadata regulation) { this.regulation = regulation; }
    public Long getAmendsId() { return amendsId; }
    public void setAmendsId(Long amendsId) { this.amendsId = amendsId; }
    public Long getRevokesId() { return revokesId; }
    public void setRevokesId(Long revokesId) { this.revokesId = revokesId; }
    public EventKind getEventKind() { return eventKind; }
    public void setEventKind(EventKind eventKind) { this.eventKind = eventKind; }
    public Instant getEventStart() { return eventStart; }
    public void setEventStart(Instant eventStart) { this.eventStart = eventStart; }
    public Instant getEventEnd() { return eventEnd; }
    public void setEventEnd(Instant eventEnd) { this.eventEnd = eventEnd; }
    public String getEventLocation() { return eventLocation; }
    public void setEventLocation(String eventLocation) { this.eventLocation = eventLocation; }
    public String getRecordingUrl() { return recordingUrl; }
    public void setRecordingUrl(String recordingUrl) { this.recordingUrl = recordingUrl; }
    public Set<String> getTopics() { return topics; }
    public void setTopics(Set<String> topics) { this.topics = topics == null ? new LinkedHashSet<>() : topics; }
}
