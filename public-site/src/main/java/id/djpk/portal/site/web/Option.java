package id.djpk.portal.site.web;

/**
 * One choice of a list, a radio group or a filter's drop-down: the value sent, what the reader sees (a text, or a
 * message key where the view translates it) and whether it is the one chosen.
 */
public record Option(String value, String label, boolean selected) {

    public Option(String value, String label) {
        this(value, label, false);
    }

    public String getValue() { return value; }
    public String getLabel() { return label; }
    public boolean isSelected() { return selected; }
}
