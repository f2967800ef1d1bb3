-- Channels (issue #12 onwards): how each message of a ticket travelled. An incoming e-mail keeps its
-- Message-ID (threading, no message twice) and its raw .eml; an outgoing answer keeps its delivery status as
-- its channel reports it (QUEUED, SENT, DELIVERED, READ, FAILED) and, for e-mail, the outbox message carrying it.
ALTER TABLE helpdesk_message ADD COLUMN external_id VARCHAR(500);
ALTER TABLE helpdesk_message ADD COLUMN delivery_status VARCHAR(12);
ALTER TABLE helpdesk_message ADD COLUMN delivery_error VARCHAR(1000);
ALTER TABLE helpdesk_message ADD COLUMN outbox_id BIGINT;
ALTER TABLE helpdesk_message ADD COLUMN raw_key VARCHAR(80);
CREATE INDEX ix_message_external ON helpdesk_message(external_id);
CREATE INDEX ix_message_outbox ON helpdesk_message(outbox_id);

-- Files that came with a message (an e-mail's attachments, a WhatsApp image) or went with an answer.
CREATE TABLE helpdesk_attachment (
    id           BIGINT PRIMARY KEY,
    message_id   BIGINT NOT NULL REFERENCES helpdesk_message(id),
    file_name    VARCHAR(255) NOT NULL,
    media_type   VARCHAR(120) NOT NULL,
    size_bytes   BIGINT NOT NULL,
    sha256       VARCHAR(64) NOT NULL,
    storage_key  VARCHAR(200) NOT NULL
);
CREATE INDEX ix_helpdesk_attachment_message ON helpdesk_attachment(message_id);

-- Outgoing e-mail that belongs to a conversation: its own Message-ID and the ids it answers, so the
-- requester's mail program threads it and the answer to it finds its ticket; a bounce marks it failed.
ALTER TABLE mail_message ADD COLUMN message_id VARCHAR(500);
ALTER TABLE mail_message ADD COLUMN in_reply_to VARCHAR(500);
ALTER TABLE mail_message ADD COLUMN references_ids VARCHAR(4000);
CREATE INDEX ix_mail_message_id ON mail_message(message_id);
