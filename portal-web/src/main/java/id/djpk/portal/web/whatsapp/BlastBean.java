package id.djpk.portal.web.whatsapp;

import id.djpk.portal.helpdesk.UserCategory;
import id.djpk.portal.reference.ReferenceData;
import id.djpk.portal.reference.Region;
import id.djpk.portal.reference.Topic;
import id.djpk.portal.system.BusinessException;
import id.djpk.portal.system.OfficeClock;
import id.djpk.portal.web.system.FacesMessages;
import id.djpk.portal.whatsapp.Blast;
import id.djpk.portal.whatsapp.Blasts;
import id.djpk.portal.whatsapp.Template;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Contact Center → Blast: an announcement to the consenting contacts of a segment, by an approved WhatsApp template
 * or by e-mail, with the number of recipients counted before sending, now or at a time; the recent blasts with how
 * far each got (sent, delivered, read, failed).
 */
@Named
@ViewScoped
public class BlastBean implements Serializable {

    private static final Map<String, String> FIELDS = Map.of("name", "blast:name", "channel", "blast:channel",
            "template", "blast:template", "parameters", "blast:parameters", "subject", "blast:subject", "body", "blast:body",
            "regionCode", "blast:region", "provinceCode", "blast:province", "topic", "blast:topic");

    @Inject
    private Blasts blasts;

    @Inject
    private ReferenceData reference;

    @Inject
    private OfficeClock clock;

    private String name;
    private Blast.BlastChannel channel = Blast.BlastChannel.WHATSAPP;
    private String template;
    private String parameters;
    private String subject;
    private String body;
    private UserCategory category;
    private String province;
    private String region;
    private String topic;
    private LocalDateTime sendAt;
    private Integer preview;
    private List<Blast> recent;
    private final Map<Long, Blasts.Progress> progress = new HashMap<>();

    @PostConstruct
    void load() {
        recent = blasts.recent(20);
        progress.clear();
        for (Blast b : recent) {
            progress.put(b.getId(), blasts.progress(b.getId()));
        }
    }

    public void count() {
        try {
            preview = blasts.preview(channel, segment());
        } catch (BusinessException e) {
            FacesMessages.show(e, FIELDS);
        }
    }

    public void send() {
        try {
            String[] t = template == null ? new String[] {null, null} : template.split("\\|", 2);
            List<String> params = parameters == null || parameters.isBlank() ? List.of()
                    : Arrays.stream(parameters.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            Blast b = blasts.create(name, channel, channel == Blast.BlastChannel.WHATSAPP ? t[0] : null,
                    channel == Blast.BlastChannel.WHATSAPP && t.length > 1 ? t[1] : null, params, subject, body, segment(),
                    sendAt == null ? null : sendAt.atZone(clock.zone()).toInstant());
            FacesMessages.info(b.getState() == Blast.State.SCHEDULED ? "blast.scheduled" : "blast.started", b.getName(),
                    b.getRecipients());
            name = null;
            subject = null;
            body = null;
            parameters = null;
            preview = null;
            sendAt = null;
            load();
        } catch (BusinessException e) {
            FacesMessages.show(e, FIELDS);
        }
    }

    private Blast.Segment segment() {
        return new Blast.Segment(category, blank(province), blank(region), blank(topic));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public List<Template> getTemplates() {
        return blasts.templates();
    }

    public List<Region> getProvinces() {
        return reference.regions().stream().filter(r -> r.getLevel() == Region.Level.PROVINSI).toList();
    }

    public List<Topic> getTopics() {
        return reference.activeTopics();
    }

    public UserCategory[] getCategories() {
        return UserCategory.values();
    }

    public Blast.BlastChannel[] getChannels() {
        return Blast.BlastChannel.values();
    }

    public Blasts.Progress progress(Blast b) {
        return progress.get(b.getId());
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Blast.BlastChannel getChannel() { return channel; }
    public void setChannel(Blast.BlastChannel channel) { this.channel = channel; }
    public String getTemplate() { return template; }
    public void setTemplate(String template) { this.template = template; }
    public String getParameters() { return parameters; }
    public void setParameters(String parameters) { this.parameters = parameters; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public UserCategory getCategory() { return category; }
    public void setCategory(UserCategory category) { this.category = category; }
    public String getProvince() { return province; }
    public void setProvince(String province) { this.province = province; }
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region; }
    public String getTopic() { return topic; }
    public void setTopic(String topic) { this.topic = topic; }
    public LocalDateTime getSendAt() { return sendAt; }
    public void setSendAt(LocalDateTime sendAt) { this.sendAt = sendAt; }
    public Integer getPreview() { return preview; }
    public List<Blast> getRecent() { return recent; }
}
