package id.djpk.portal.publication;

/** The kinds of publication the office puts out (DOMAIN.md §1), with their labels. */
public enum PublicationType {
    PERATURAN("Peraturan", "Regulation", "peraturan"),
    PEMBERITAHUAN("Pemberitahuan ke Daerah", "Notice to Regions", "pemberitahuan"),
    BERITA("Berita", "News", "berita"),
    SIARAN_PERS("Siaran Pers", "Press Release", "siaran-pers"),
    DATA("Data", "Data", "data"),
    LPEFD("LPEFD", "LPEFD", "lpefd"),
    JURNAL("Jurnal Defis", "Defis Journal", "jurnal"),
    MAJALAH("Majalah Media Defis", "Media Defis Magazine", "majalah"),
    BUKU("Buku", "Book", "buku"),
    LAPORAN("Laporan", "Report", "laporan"),
    PPID("PPID", "PPID", "ppid"),
    PROFIL_PEJABAT("Profil Pejabat", "Officials' Profiles", "profil-pejabat"),
    BAHAN_SOSIALISASI("Bahan Sosialisasi", "Outreach Material", "bahan-sosialisasi"),
    VIDEO_TUTORIAL("Video Tutorial", "Video Tutorial", "video-tutorial"),
    KEGIATAN("Kegiatan", "Event", "kegiatan"),
    LAINNYA("Publikasi Lainnya", "Other Publications", "lainnya");

    private final String labelId;
    private final String labelEn;
    private final String pathSegment;

    PublicationType(String labelId, String labelEn, String pathSegment) {
        this.labelId = labelId;
        this.labelEn = labelEn;
        this.pathSegment = pathSegment;
    }

    public String labelId() { return labelId; }
    public String labelEn() { return labelEn; }
    public String label(String language) { return "en".equals(language) ? labelEn : labelId; }
    public String pathSegment() { return pathSegment; }

    public static PublicationType fromPathSegment(String segment) {
        for (PublicationType t : values()) {
            if (t.pathSegment.equals(segment)) {
                return t;
            }
        }
        return null;
    }
}
