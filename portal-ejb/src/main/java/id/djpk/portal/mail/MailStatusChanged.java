package id.djpk.portal.mail;

/**
 * A CDI event fired in the transaction that changed an outbox message's status (handed to the SMTP server,
 * refused for good, bounced back), so the record it was written about can show how its message fared without
 * the mail package knowing that record.
 */
public record MailStatusChanged(long outboxId, String aboutKind, String aboutRef, MailStatus status, String error) {
}
