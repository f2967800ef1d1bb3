package id.djpk.portal.web.helpdesk;

import id.djpk.portal.helpdesk.Channel;
import id.djpk.portal.helpdesk.HelpdeskService;
import id.djpk.portal.helpdesk.Intake;
import id.djpk.portal.helpdesk.Opened;
import id.djpk.portal.helpdesk.UserCategory;
import id.djpk.portal.reference.ReferenceData;
import id.djpk.portal.reference.Topic;
import id.djpk.portal.system.BusinessException;
import id.djpk.portal.web.system.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An agent records a phone call or WhatsApp conversation by hand, until those channels are integrated. */
@Named
@ViewScoped
public class HelpdeskLogBean implements Serializable {

    private static final Map<String, String> FIELDS = Map.of("name", "log:name", "email", "log:email", "phone", "log:phone",
            "subject", "log:subject", "message", "log:message", "channel", "log:channel", "region_code", "log:region");

    @Inject
    private HelpdeskService helpdesk;

    @Inject
    private ReferenceData reference;

    private Channel channel = Channel.TELEPON;
    private String name;
    private String email;
    private String phone;
    private String regionCode;
    private String institution;
    private UserCategory category;
    private List<String> topics = new ArrayList<>();
    private String subject;
    private String message;

    public String save() {
        try {
            Opened opened = helpdesk.logConversation(new Intake(channel, null, name, email, phone, regionCode, institution,
                    category, Set.copyOf(topics), subject, message, false));
            FacesMessages.info("helpdesk.logged", opened.number());
            return "/helpdesk/tiket.xhtml?faces-redirect=true&nomor=" + opened.number();
        } catch (BusinessException e) {
            FacesMessages.show(e, FIELDS);
            return null;
        }
    }

    public List<Channel> getChannels() {
        return Arrays.stream(Channel.values()).filter(Channel::loggedByHand).toList();
    }

    public List<Topic> getTopicChoices() { return reference.activeTopics(); }
    public UserCategory[] getCategories() { return UserCategory.values(); }

    public Channel getChannel() { return channel; }
    public void setChannel(Channel channel) { this.channel = channel; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getRegionCode() { return regionCode; }
    public void setRegionCode(String regionCode) { this.regionCode = regionCode; }
    public String getInstitution() { return institution; }
    public void setInstitution(String institution) { this.institution = institution; }
    public UserCategory getCategory() { return category; }
    public void setCategory(UserCategory category) { this.category = category; }
    public List<String> getTopics() { return topics; }
    public void setTopics(List<String> topics) { this.topics = topics; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getMessage() { return message; }
    public void setMessage(String message) { this.message = message; }
}
