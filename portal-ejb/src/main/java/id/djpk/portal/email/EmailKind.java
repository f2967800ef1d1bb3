package id.djpk.portal.email;

/** What an incoming message is, judged from its headers and structure ({@link InboundEmail#kind}). */
public enum EmailKind {
    /** written by a person: a ticket, or a new message of one */
    PERSONAL,
    /** a vacation notice or other automatic answer: never a ticket, never answered */
    AUTO_REPLY,
    /** a delivery failure report: marks the outgoing message it answers as failed, never a ticket */
    BOUNCE,
    /** flagged as spam by the mail server: a ticket in the Spam queue (topic SPAM), never acknowledged */
    SPAM
}
