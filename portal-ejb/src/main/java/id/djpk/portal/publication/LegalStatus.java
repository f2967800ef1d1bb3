package id.djpk.portal.publication;

/** Whether a regulation is in force (JDIHN "status"). */
public enum LegalStatus {
    BERLAKU("Berlaku", "In force"),
    DIUBAH("Diubah", "Amended"),
    DICABUT("Dicabut", "Revoked");

    private final String labelId;
    private final String labelEn;

    LegalStatus(String labelId, String labelEn) {
        this.labelId = labelId;
        this.labelEn = labelEn;
    }

    public String labelId() { return labelId; }
    public String label(String language) { return "en".equals(language) ? labelEn : labelId; }
}
