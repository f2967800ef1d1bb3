/**
 * Outgoing e-mail. Services queue a {@link id.djpk.portal.mail.Mail} with {@link id.djpk.portal.mail.MailService#send}
 * in their own transaction (so a message exists exactly when the change it reports was committed); the
 * staff portal's dispatcher delivers queued messages to the configured SMTP server. With no server
 * configured the messages stay in the outbox, where staff read them, so the demo works offline.
 */
package id.djpk.portal.mail;
