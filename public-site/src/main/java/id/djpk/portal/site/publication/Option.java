package id.djpk.portal.site.publication;

/** One choice of a filter's drop-down list. */
public final class Option {

    private final String value;
    private final String label;
    private final boolean selected;

    Option(String value, String label, boolean selected) {
        this.value = value;
        this.label = label;
        this.selected = selected;
    }

    public String getValue() { return value; }
    public String getLabel() { return label; }
    public boolean isSelected() { return selected; }
}
