package id.djpk.portal.site.publication;

import id.djpk.portal.site.i18n.Language;

/** A topic as the public pages show it (reference data, copied out of the entity); {@code nameEn} may be null. */
public record TopicView(String code, String name, String nameEn, boolean active) {

    /** The name in the page's language: the English name on English pages when there is one. */
    public String name(Language language) {
        return language == Language.EN && nameEn != null ? nameEn : name;
    }
}
