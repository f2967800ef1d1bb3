-- Email Lapor by e-mail during the change-over (issue #15): the lapor mailbox's messages wait in email_inbox
-- (mailbox LAPOR, state NEW) until an agent or the PIC classifies one into a submission or dismisses it with a
-- reason. Plain types only, for H2 and PostgreSQL alike.

-- The message's files as read when it was kept ("name<TAB>bytes" a line), so the waiting list shows them without
-- opening every .eml; NULL for the other mailboxes. The receipt a lapor message became, or why it was dismissed.
ALTER TABLE email_inbox ADD COLUMN attachments VARCHAR(4000);
ALTER TABLE email_inbox ADD COLUMN lapor_receipt VARCHAR(20);
ALTER TABLE email_inbox ADD COLUMN dismiss_reason VARCHAR(1000);

-- A submission made from a message of the lapor mailbox names its Message-ID: one message never becomes two
-- submissions (NULL, the form and the API, may repeat).
ALTER TABLE lapor_submission ADD COLUMN source_message_id VARCHAR(500);
CREATE UNIQUE INDEX ux_lapor_source_message ON lapor_submission(source_message_id);
