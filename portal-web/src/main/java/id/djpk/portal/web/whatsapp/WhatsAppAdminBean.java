package id.djpk.portal.web.whatsapp;

import id.djpk.portal.reference.ReferenceData;
import id.djpk.portal.reference.Topic;
import id.djpk.portal.system.BusinessException;
import id.djpk.portal.web.system.FacesMessages;
import id.djpk.portal.whatsapp.Chatbot;
import id.djpk.portal.whatsapp.Template;
import id.djpk.portal.whatsapp.WhatsAppAdmin;
import id.djpk.portal.whatsapp.WhatsAppSettings;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Administrasi → WhatsApp: whether the channel is connected, the approved templates, and the topics of menu items 1–8. */
@Named
@ViewScoped
public class WhatsAppAdminBean implements Serializable {

    private static final Map<String, String> FIELDS = Map.of("name", "template:name", "language", "template:language",
            "parameters", "template:parameters");

    @Inject
    private WhatsAppAdmin admin;

    @Inject
    private WhatsAppSettings settings;

    @Inject
    private ReferenceData reference;

    @Inject
    private id.djpk.portal.whatsapp.Blasts blasts;

    private List<id.djpk.portal.whatsapp.ConsentRecord> consent;

    private List<Template> templates;
    private final Map<Integer, List<String>> menu = new LinkedHashMap<>();
    private String name;
    private String language = "id";
    private Integer parameters = 0;
    private String description;

    @PostConstruct
    void load() {
        templates = admin.templates();
        for (int i = 1; i < Chatbot.AGENT_ITEM; i++) {
            menu.put(i, new ArrayList<>(admin.menuTopics(i)));
        }
    }

    public void addTemplate() {
        try {
            Template t = admin.addTemplate(name, language, parameters == null ? 0 : parameters, description);
            FacesMessages.info("whatsapp.templateAdded", t.getName(), t.getLanguage());
            name = null;
            description = null;
            parameters = 0;
            templates = admin.templates();
        } catch (BusinessException e) {
            FacesMessages.show(e, FIELDS);
        }
    }

    public void removeTemplate(Template t) {
        try {
            admin.removeTemplate(t.getId());
            FacesMessages.info("whatsapp.templateRemoved", t.getName(), t.getLanguage());
        } catch (BusinessException e) {
            FacesMessages.show(e);
        }
        templates = admin.templates();
    }

    public void saveMenu() {
        try {
            for (Map.Entry<Integer, List<String>> e : menu.entrySet()) {
                admin.setMenuTopics(e.getKey(), e.getValue());
            }
            FacesMessages.info("whatsapp.menuSaved");
        } catch (BusinessException e) {
            FacesMessages.show(e);
        }
    }

    public boolean isConnected() {
        return settings.configured();
    }

    public String getApiUrl() {
        return settings.apiUrl();
    }

    public String getPhoneNumberId() {
        return settings.phoneNumberId();
    }

    public List<Topic> getTopics() {
        return reference.activeTopics();
    }

    public List<Integer> getMenuItems() {
        return new ArrayList<>(menu.keySet());
    }

    public Map<Integer, List<String>> getMenu() { return menu; }
    public List<Template> getTemplates() { return templates; }

    /** The newest 50 consent changes (given or withdrawn, how, the text shown). */
    public List<id.djpk.portal.whatsapp.ConsentRecord> getConsent() {
        if (consent == null) {
            consent = blasts.recentConsent(50);
        }
        return consent;
    }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public Integer getParameters() { return parameters; }
    public void setParameters(Integer parameters) { this.parameters = parameters; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
}
