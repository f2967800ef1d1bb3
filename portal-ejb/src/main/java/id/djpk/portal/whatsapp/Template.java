package id.djpk.portal.whatsapp;

import id.djpk.portal.system.Violation;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.List;

/** A message template Meta approved (name, language, number of body parameters): what WhatsApp takes outside the window. */
@Entity
@Table(name = "wa_template")
@NamedQuery(name = "Template.all", query = "SELECT t FROM Template t ORDER BY t.name, t.language")
@NamedQuery(name = "Template.find", query = "SELECT t FROM Template t WHERE t.name = :name AND t.language = :language")
public class Template implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    private Long id;
    private String name;
    private String language;
    private int parameters;
    private String description;

    protected Template() {
    }

    public Template(String name, String language, int parameters, String description) {
        this.name = name;
        this.language = language;
        this.parameters = parameters;
        this.description = description;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getLanguage() { return language; }
    public int getParameters() { return parameters; }
    public String getDescription() { return description; }

    /**
     * Checks a template as a sender names it: one of the approved list with as many parameters as given; a violation
     * of {@code template} or {@code parameters} otherwise (blasts, answers outside the 24-hour window).
     */
    static void check(EntityManager em, String name, String language, int parameters, List<Violation> v) {
        List<Template> found = name == null ? List.of() : em.createNamedQuery("Template.find", Template.class)
                .setParameter("name", name).setParameter("language", language == null ? "" : language).getResultList();
        if (found.isEmpty()) {
            v.add(Violation.of("template", "blast.template", String.valueOf(name), String.valueOf(language)));
        } else if (found.get(0).getParameters() != parameters) {
            v.add(Violation.of("parameters", "blast.parameters", found.get(0).getParameters()));
        }
    }
}
