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

    /**
     * The status the public sees: what the publisher recorded, unless a published regulation
     * revokes this one (dicabut) or amends it (diubah). Computed, not stored, so that a scheduled
     * or withdrawn amendment never changes the old regulation's status before or after its time.
     */
    public static LegalStatus effective(LegalStatus recorded, boolean amendedByVisible, boolean revokedByVisible) {
        if (revokedByVisible || recorded == DICABUT) {
            return DICABUT;
        }
        if (amendedByVisible) {
            return DIUBAH;
        }
        return recorded == null ? BERLAKU : recorded;
    }

    public String labelId() { return labelId; }
    public String label(String language) { return "en".equals(language) ? labelEn : labelId; }
}
