package id.djpk.portal.whatsapp;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;

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
}
