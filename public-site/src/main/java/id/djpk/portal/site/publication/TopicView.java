package id.djpk.portal.site.publication;

/** A topic as the public pages show it (reference data, copied out of the entity). */
public record TopicView(String code, String name, boolean active) {
}
