package id.djpk.portal.report;

/** How a blast reached the registered users (DOMAIN.md §4): WhatsApp or e-mail. */
public enum BlastChannel {
    WHATSAPP, EMAIL
}
