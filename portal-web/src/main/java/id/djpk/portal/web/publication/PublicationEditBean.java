package id.djpk.portal.web.publication;

import id.djpk.portal.audit.AuditEntry;
import id.djpk.portal.audit.AuditTrail;
import id.djpk.portal.publication.Attachment;
import id.djpk.portal.publication.EventKind;
import id.djpk.portal.publication.LegalStatus;
import id.djpk.portal.publication.Publication;
import id.djpk.portal.publication.PublicationDraft;
import id.djpk.portal.publication.PublicationService;
import id.djpk.portal.publication.PublicationStatus;
import id.djpk.portal.publication.PublicationType;
import id.djpk.portal.reference.ReferenceData;
import id.djpk.portal.reference.Topic;
import id.djpk.portal.system.BusinessException;
import id.djpk.portal.system.OfficeClock;
import id.djpk.portal.system.PortalConfig;
import id.djpk.portal.web.i18n.Format;
import id.djpk.portal.web.system.FacesMessages;
import id.djpk.portal.web.system.ViewParams;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;

/** Create or edit one publication, manage its files, publish, schedule or withdraw it. */
@Named
@ViewScoped
public class PublicationEditBean implements Serializable {

    /** Service field names → client ids, so each message appears beside its field. */
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("type", "form:type"), Map.entry("title", "form:title"), Map.entry("summary", "form:summary"),
            Map.entry("docDate", "form:docDate"), Map.entry("topics", "form:topics"),
            Map.entry("letterNumber", "form:letterNumber"), Map.entry("recordingUrl", "form:recordingUrl"),
            Map.entry("eventKind", "form:eventKind"), Map.entry("eventStart", "form:eventStart"),
            Map.entry("eventEnd", "form:eventEnd"),
            Map.entry("regulation.kind", "form:regKind"), Map.entry("regulation.abbreviation", "form:regAbbrev"),
            Map.entry("regulation.number", "form:regNumber"), Map.entry("regulation.year", "form:regYear"),
            Map.entry("regulation.about", "form:regAbout"), Map.entry("regulation.dateEnacted", "form:regEnacted"),
            Map.entry("regulation.datePromulgated", "form:regPromulgated"),
            Map.entry("amendsId", "form:amends"), Map.entry("revokesId", "form:revokes"));

    @Inject
    private PublicationService publications;

    @Inject
    private OfficeClock clock;

    @Inject
    private ReferenceData reference;

    @Inject
    private AuditTrail audit;

    @Inject
    private PortalConfig config;

    @Inject
    private Format format;

    private Long id;
    private String idParam;
    private int version;
    private PublicationDraft draft;
    private Publication current;
    private LocalDateTime eventStart;
    private LocalDateTime eventEnd;
    private LocalDateTime scheduleAt;
    private String withdrawReason;
    private List<String> topicCodes = new ArrayList<>();

    /**
     * Called by f:viewAction: loads the publication named by ?id=, or starts a new one (?jenis=TYPE). An id that is
     * not a number or names no publication gets the "not found" page.
     */
    public void load() {
        if (draft != null) {
            return;
        }
        if (idParam != null && !idParam.isBlank()) {
            id = ViewParams.id(idParam).orElse(null);
            if (id == null) {
                ViewParams.notFound("publication.notFound");
                return;
            }
        }
        if (id != null) {
            try {
                current = publications.get(id);
            } catch (BusinessException e) {
                ViewParams.notFound("publication.notFound");
                return;
            }
            version = current.getVersion();
            draft = PublicationDraft.of(current);
            eventStart = toLocal(draft.getEventStart());
            eventEnd = toLocal(draft.getEventEnd());
        } else {
            draft = new PublicationDraft();
            String requested = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("jenis");
            try {
                draft.setType(requested == null ? PublicationType.PERATURAN : PublicationType.valueOf(requested));
            } catch (IllegalArgumentException e) {
                draft.setType(PublicationType.PERATURAN);
            }
            draft.setDocDate(clock.today());
            draft.getRegulation().setStatus(LegalStatus.BERLAKU);
            draft.getRegulation().setLanguage("Bahasa Indonesia");
            draft.getRegulation().setPlaceEnacted("Jakarta");
            draft.getRegulation().setIssuingBody("Indonesia, Kementerian Keuangan");
        }
        topicCodes = new ArrayList<>(draft.getTopics());
    }

    public String save() {
        draft.setTopics(new java.util.LinkedHashSet<>(topicCodes));
        draft.setEventStart(toInstant(eventStart));
        draft.setEventEnd(toInstant(eventEnd));
        try {
            if (id == null) {
                current = publications.create(draft);
                FacesMessages.info("publication.saved");
                return "/publikasi/ubah.xhtml?faces-redirect=true&id=" + current.getId();
            }
            current = publications.update(id, draft, version);
            version = current.getVersion();
            FacesMessages.info("publication.saved");
            return "/publikasi/ubah.xhtml?faces-redirect=true&id=" + id;
        } catch (BusinessException e) {
            FacesMessages.show(e, FIELDS);
            return null;
        }
    }

    public void upload(FileUploadEvent event) {
        if (id == null) {
            FacesMessages.error("publication.saveFirst");
            return;
        }
        try (InputStream in = event.getFile().getInputStream()) {
            publications.attach(id, in, event.getFile().getFileName());
            reload();
            FacesMessages.info("publication.fileAdded", event.getFile().getFileName());
        } catch (BusinessException e) {
            FacesMessages.show(e);
        } catch (IOException e) {
            FacesMessages.error("publication.uploadFailed");
        }
    }

    public void removeAttachment(long attachmentId) {
        try {
            publications.removeAttachment(id, attachmentId);
            reload();
        } catch (BusinessException e) {
            FacesMessages.show(e);
        }
    }

    public String publish() {
        try {
            publications.publish(id, toInstant(scheduleAt));
            FacesMessages.info(scheduleAt != null && toInstant(scheduleAt).isAfter(clock.now())
                    ? "publication.scheduled" : "publication.published");
            return "/publikasi/ubah.xhtml?faces-redirect=true&id=" + id;
        } catch (BusinessException e) {
            FacesMessages.show(e);
            return null;
        }
    }

    public String unschedule() {
        try {
            publications.unschedule(id);
            FacesMessages.info("publication.unscheduled");
            return "/publikasi/ubah.xhtml?faces-redirect=true&id=" + id;
        } catch (BusinessException e) {
            FacesMessages.show(e);
            return null;
        }
    }

    public String withdraw() {
        try {
            publications.withdraw(id, withdrawReason);
            FacesMessages.info("publication.withdrawn");
            return "/publikasi/ubah.xhtml?faces-redirect=true&id=" + id;
        } catch (BusinessException e) {
            FacesMessages.show(e, Map.of());
            return null;
        }
    }

    private void reload() {
        current = publications.get(id);
        version = current.getVersion();
    }

    public List<AuditEntry> getHistory() {
        return id == null ? List.of() : audit.forEntity("Publication", id);
    }

    /** What publishing puts out and for whom: the item by its type and title, to every reader and the feed. */
    public String getPublishSummary() {
        return current == null ? "" : FacesMessages.format("confirm.publish",
                current.getType().label(FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage()), current.getTitle());
    }

    public List<Attachment> getAttachments() {
        return current == null ? List.of() : current.getAttachments();
    }

    public List<Publication> getRegulations() {
        return publications.regulations().stream().filter(p -> !p.getId().equals(id)).toList();
    }

    public List<Topic> getTopics() {
        return reference.activeTopics();
    }

    public boolean isRegulation() { return draft != null && draft.getType() == PublicationType.PERATURAN; }
    public boolean isNotice() { return draft != null && draft.getType() == PublicationType.PEMBERITAHUAN; }
    public boolean isEvent() { return draft != null && draft.getType() == PublicationType.KEGIATAN; }
    public boolean isNew() { return id == null; }
    public boolean isInDraft() { return current != null && current.getStatus() == PublicationStatus.DRAFT; }
    public boolean isVisible() { return current != null && current.isVisible(clock.now()); }
    public boolean isScheduled() { return current != null && current.isScheduled(clock.now()); }
    public boolean isWithdrawn() { return current != null && current.getStatus() == PublicationStatus.WITHDRAWN; }
    public long getMaxUploadBytes() { return config.maxUploadBytes(); }
    public String getMaxUploadText() { return format.size(config.maxUploadBytes()); }
    public String getPublicUrl() { return current == null ? null : config.publicBaseUrl() + "/publikasi/" + current.getSlug(); }

    public PublicationType[] getTypes() { return PublicationType.values(); }
    public EventKind[] getEventKinds() { return EventKind.values(); }
    public LegalStatus[] getLegalStatuses() { return LegalStatus.values(); }

    private Instant toInstant(LocalDateTime t) {
        return t == null ? null : t.atZone(clock.zone()).toInstant();
    }

    private LocalDateTime toLocal(Instant i) {
        return i == null ? null : LocalDateTime.ofInstant(i, clock.zone());
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    /** The ?id= view parameter as typed (see {@link ViewParams}). */
    public String getIdParam() { return id == null ? idParam : id.toString(); }
    public void setIdParam(String idParam) { this.idParam = idParam; }
    public PublicationDraft getDraft() { return draft; }
    public Publication getCurrent() { return current; }
    public LocalDateTime getEventStart() { return eventStart; }
    public void setEventStart(LocalDateTime eventStart) { this.eventStart = eventStart; }
    public LocalDateTime getEventEnd() { return eventEnd; }
    public void setEventEnd(LocalDateTime eventEnd) { this.eventEnd = eventEnd; }
    public LocalDateTime getScheduleAt() { return scheduleAt; }
    public void setScheduleAt(LocalDateTime scheduleAt) { this.scheduleAt = scheduleAt; }
    public String getWithdrawReason() { return withdrawReason; }
    public void setWithdrawReason(String withdrawReason) { this.withdrawReason = withdrawReason; }
    public List<String> getTopicCodes() { return topicCodes; }
    public void setTopicCodes(List<String> topicCodes) { this.topicCodes = topicCodes; }
}
