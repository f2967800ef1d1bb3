package id.djpk.portal.web.report;

import java.io.Serializable;

/** A figure the editor enters (social media, chatbot, blasts, Email Lapor), as the form edits it. */
public class EntryRow implements Serializable {

    private final String key;
    private final String label;
    private final Long stored;
    private Long value;
    private final String enteredBy;
    private final String enteredAt;

    public EntryRow(String key, String label, Long stored, String enteredBy, String enteredAt) {
        this.key = key;
        this.label = label;
        this.stored = stored;
        this.value = stored;
        this.enteredBy = enteredBy;
        this.enteredAt = enteredAt;
    }

    /** Whether the form holds a value that is not stored yet. */
    boolean changed() {
        return value != null && !value.equals(stored);
    }

    public String getKey() { return key; }
    public String getId() { return key.replace('.', '_'); }
    public String getLabel() { return label; }
    public Long getValue() { return value; }
    public void setValue(Long value) { this.value = value; }
    public String getEnteredBy() { return enteredBy; }
    public String getEnteredAt() { return enteredAt; }
}
