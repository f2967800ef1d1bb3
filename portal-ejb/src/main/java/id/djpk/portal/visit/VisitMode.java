package id.djpk.portal.visit;

/** How the consultation takes place (SE-2/PK.1/2024 E.3.b and E.3.c). */
public enum VisitMode {
    /** A visit to the office: guests register at reception, the meeting is in the video-conference room, 3rd floor. */
    TATAP_MUKA,
    VIDEO_CONFERENCE
}
