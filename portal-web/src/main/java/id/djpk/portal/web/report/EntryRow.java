package id.djpk.portal.web.report;

import java.io.Serializable;

/** A figure the editor enters (social media, chatbot menus, Email Lapor types), as the form edits it. */
public class EntryRow implements Serializable {

    private final String key;
    private final String label;
    private final Long stored;
    private Long value;
    private final String enteredBy;
    private final String enteredAt;
    private final boolean fromData;
    private final String importedFrom;

    /** A row as stored: typed, measured ({@code fromData}) or read from an export file ({@code importedFrom}, else null). */
    public EntryRow(String key, String label, Long stored, String enteredBy, String enteredAt, boolean fromData,
            String importedFrom) {
        this.key = key;
        this.label = label;
        this.stored = stored;
        this.value = stored;
        this.enteredBy = enteredBy;
        this.enteredAt = enteredAt;
        this.fromData = fromData;
        this.importedFrom = importedFrom;
    }

    /** Whether the form holds a value that is not stored yet. */
    boolean changed() {
        return !fromData && value != null && !value.equals(stored);
    }

    public String getKey() { return key; }
    public String getId() { return key.replace('.', '_'); }
    public String getLabel() { return label; }
    public Long getValue() { return value; }
    public void setValue(Long value) { this.value = value; }
    public String getEnteredBy() { return enteredBy; }
    public String getEnteredAt() { return enteredAt; }
    /** Whether a source measures the figure: the editor does not enter it. */
    public boolean isFromData() { return fromData; }
    /** The export file the stored value was read from; null when it was typed. */
    public String getImportedFrom() { return importedFrom; }
}
