package id.djpk.portal.helpdesk;

/** Who asks: regional government, ministry or agency, academia, everyone else (DOMAIN.md §4). */
public enum UserCategory {
    PEMDA, KL, AKADEMISI, LAINNYA
}
