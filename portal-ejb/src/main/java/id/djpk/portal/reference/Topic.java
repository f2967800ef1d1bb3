package id.djpk.portal.reference;

import java.io.Serializable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A subject tag shared by publications, tickets, FAQ entries and visits. */
@Entity
@Table(name = "topic")
@NamedQuery(name = "Topic.all", query = "SELECT t FROM Topic t ORDER BY t.sortOrder")
@NamedQuery(name = "Topic.active", query = "SELECT t FROM Topic t WHERE t.active = TRUE ORDER BY t.sortOrder")
public class Topic implements Serializable {

    public enum Group { TECHNICAL, OTHER }

    @Id
    private String code;
    private String name;
    /** The name on English pages; none: the Indonesian name. */
    @Column(name = "name_en")
    private String nameEn;
    @Enumerated(EnumType.STRING)
    @Column(name = "topic_group")
    private Group group;
    @Column(name = "sort_order")
    private int sortOrder;
    private boolean active = true;

    protected Topic() {
    }

    public Topic(String code, String name, Group group, int sortOrder) {
        this.code = code;
        this.name = name;
        this.group = group;
        this.sortOrder = sortOrder;
    }

    public String getCode() { return code; }
    public String getName() { return name; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn == null || nameEn.isBlank() ? null : nameEn.strip(); }

    /** The name in the reader's language: the English name on English pages when there is one. */
    public String name(java.util.Locale locale) {
        return nameEn != null && locale != null && "en".equals(locale.getLanguage()) ? nameEn : name;
    }
    public Group getGroup() { return group; }
    public int getSortOrder() { return sortOrder; }
    public boolean isActive() { return active; }

    /** A matter of fiscal balance a consultation or publication can be about, not one of the contact center's sorts. */
    public boolean isSubject() { return active && group == Group.TECHNICAL; }
    public void setName(String name) { this.name = name; }
    public void setActive(boolean active) { this.active = active; }
}
