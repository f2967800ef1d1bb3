package id.djpk.portal.helpdesk;

/** Where a ticket came in (the report's channel list). */
public enum Channel {
    TELEPON, WHATSAPP, EMAIL, LIVE_CHAT,
    /** the ministry's integrated help desk "HAI Kemenkeu" */
    HELPDESK,
    WEB_FORM, CHATBOT, VIDEO_CONFERENCE, TATAP_MUKA;

    /** The channels whose conversations agents log by hand until their integrations come. */
    public boolean loggedByHand() {
        return this == TELEPON || this == WHATSAPP || this == VIDEO_CONFERENCE || this == TATAP_MUKA;
    }
}
