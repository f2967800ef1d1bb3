package id.djpk.portal.publication;

/** Kinds of event the office holds and records. */
public enum EventKind {
    WEBINAR("Webinar", "Webinar"),
    SOSIALISASI("Sosialisasi", "Outreach"),
    BIMTEK("Bimbingan Teknis", "Technical Guidance"),
    FGD("Focus Group Discussion", "Focus Group Discussion"),
    WORKSHOP("Workshop", "Workshop"),
    TOWNHALL("Townhall", "Townhall"),
    LAINNYA("Kegiatan Lainnya", "Other Event");

    private final String labelId;
    private final String labelEn;

    EventKind(String labelId, String labelEn) {
        this.labelId = labelId;
        this.labelEn = labelEn;
    }

    public String label(String language) { return "en".equals(language) ? labelEn : labelId; }
}
