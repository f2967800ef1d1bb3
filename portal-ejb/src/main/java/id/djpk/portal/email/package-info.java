/**
 * E-mail channel, intake side: the contact center's mailbox (and optionally the PPID desk's and Email
 * Lapor's) read over IMAP. {@link id.djpk.portal.email.MailboxFetcher#fetch} is the one way in: each message is first
 * kept (raw .eml in the document store, a row of the {@link id.djpk.portal.email.InboxEntry ledger}), then processed
 * in its own transaction by {@link id.djpk.portal.email.EmailIntake} (a ticket, a joined thread, a bounce, an ignored
 * auto-reply), and only then moved to the done folder on the server. The PPID desk reads its messages through
 * {@link id.djpk.portal.email.PpidMailbox}; the regions' reports e-mailed during the change-over to the Email Lapor
 * form wait "to classify" in {@link id.djpk.portal.email.LaporMailbox}; both are a
 * {@link id.djpk.portal.email.WaitingMailbox}. Answers go out through {@code EmailSender}.
 */
package id.djpk.portal.email;
