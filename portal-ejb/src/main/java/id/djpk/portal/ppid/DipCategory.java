package id.djpk.portal.ppid;

/** The categories of the Daftar Informasi Publik (UU 14/2008 art. 9, 10, 11 and 17). */
public enum DipCategory {
    /** Wajib disediakan dan diumumkan secara berkala (art. 9). */
    BERKALA,
    /** Wajib diumumkan serta merta (art. 10). */
    SERTA_MERTA,
    /** Wajib tersedia setiap saat (art. 11). */
    SETIAP_SAAT,
    /** Dikecualikan (art. 17), by a documented consequence test. */
    DIKECUALIKAN
}
