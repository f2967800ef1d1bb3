package id.djpk.portal.email;

/** The mailboxes the portal reads: the contact center's (tickets) and, optionally, the PPID desk's. */
public enum Mailbox {
    /** {@code PORTAL_MAIL_IMAP_USER}: every message becomes a ticket or joins one. */
    HELPDESK,
    /** {@code PORTAL_MAIL_IMAP_PPID_USER}: messages wait in the PPID desk's inbox until an officer converts them. */
    PPID
}
