package id.djpk.portal.email;

/** The mailboxes the portal reads: the contact center's (tickets) and, optionally, the PPID desk's and Email Lapor's. */
public enum Mailbox {
    /** {@code PORTAL_MAIL_IMAP_USER}: every message becomes a ticket or joins one. */
    HELPDESK,
    /** {@code PORTAL_MAIL_IMAP_PPID_USER}: messages wait in the PPID desk's inbox until an officer converts them. */
    PPID,
    /**
     * {@code PORTAL_MAIL_IMAP_LAPOR_USER}: the regions' reports sent by e-mail during the change-over to the form; they
     * wait "to classify" until an agent or the PIC turns one into a submission or dismisses it.
     */
    LAPOR
}
