package id.djpk.portal.mail;

/** Where a message is on its way out. */
public enum MailStatus {
    /** Waiting for the dispatcher to hand it to the SMTP server. */
    QUEUED,
    /** Accepted by the SMTP server. */
    SENT,
    /** No SMTP server was configured when it was written: kept in the outbox for staff to read. */
    HELD,
    /** The SMTP server refused it too often; the last error is kept. */
    FAILED
}
