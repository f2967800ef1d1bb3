package id.djpk.portal.whatsapp;

import id.djpk.portal.audit.AuditTrail;
import id.djpk.portal.reference.ReferenceData;
import id.djpk.portal.system.AppSetting;
import id.djpk.portal.system.BusinessException;
import id.djpk.portal.system.InvalidInputException;
import id.djpk.portal.system.Violation;
import id.djpk.portal.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * What administrators keep for the WhatsApp channel: the approved templates and the topics behind menu items 1–8.
 * Administrators only, checked here as well as by the page's address (web.xml).
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class WhatsAppAdmin {

    static final String ENTITY = "WhatsApp";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private ReferenceData reference;

    @Inject
    private WhatsAppInbox inbox;

    public List<Template> templates() {
        return em.createNamedQuery("Template.all", Template.class).getResultList();
    }

    /** A template as Meta approved it: its name (lower case, digits, underscores), language code and body parameters. */
    public Template addTemplate(String name, String language, int parameters, String description) {
        List<Violation> v = new ArrayList<>();
        String n = name == null ? "" : name.strip();
        String l = language == null ? "" : language.strip();
        if (!n.matches("[a-z0-9_]{1,512}")) {
            v.add(Violation.of("name", "whatsapp.templateName"));
        }
        if (!l.matches("[a-z]{2,3}(_[A-Z]{2})?")) {
            v.add(Violation.of("language", "whatsapp.templateLanguage"));
        }
        if (parameters < 0 || parameters > 20) {
            v.add(Violation.of("parameters", "whatsapp.templateParameters"));
        }
        if (v.isEmpty() && !em.createNamedQuery("Template.find", Template.class).setParameter("name", n)
                .setParameter("language", l).getResultList().isEmpty()) {
            v.add(Violation.of("name", "whatsapp.templateExists", n, l));
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        Template t = new Template(n, l, parameters, description == null || description.isBlank() ? null : description.strip());
        em.persist(t);
        audit.record("WHATSAPP_TEMPLATE_ADDED", ENTITY, n, l + ", " + parameters + " parameter(s)");
        return t;
    }

    public void removeTemplate(long id) {
        Template t = em.find(Template.class, id);
        if (t == null) {
            throw new BusinessException("whatsapp.templateNotFound");
        }
        em.remove(t);
        audit.record("WHATSAPP_TEMPLATE_REMOVED", ENTITY, t.getName(), t.getLanguage());
    }

    public List<String> menuTopics(int item) {
        return inbox.topicsOf(item);
    }

    /** The topics whose published answers menu item 1–8 offers. */
    public void setMenuTopics(int item, Collection<String> topics) {
        if (item < 1 || item >= Chatbot.AGENT_ITEM) {
            throw new BusinessException("whatsapp.menuItem");
        }
        List<String> codes = new ArrayList<>();
        for (String code : topics) {
            if (reference.findTopic(code).isEmpty()) {
                throw new InvalidInputException(List.of(Violation.of("topics", "blast.topic", code)));
            }
            codes.add(code);
        }
        String key = String.format(Locale.ROOT, WhatsAppInbox.MENU_TOPICS, item);
        AppSetting s = em.find(AppSetting.class, key);
        String value = String.join(",", codes);
        if (s == null) {
            em.persist(new AppSetting(key, value));
        } else {
            s.setValue(value);
        }
        audit.record("WHATSAPP_MENU_TOPICS", ENTITY, item, value);
    }
}
