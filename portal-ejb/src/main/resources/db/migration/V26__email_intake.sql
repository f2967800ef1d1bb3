-- E-mail intake (issue #12): every message fetched from a mailbox over IMAP is first kept here, with its raw
-- .eml in the document store, and only then processed (a ticket, a joined thread, a bounce, an ignored
-- auto-reply; for the PPID mailbox an entry of the PPID desk's inbox). One row per mailbox and Message-ID
-- (a message without one is named by the SHA-256 of its bytes): fetching the same message again changes
-- nothing, and a portal stopped between storing and processing picks the stored rows up on its next fetch.
CREATE TABLE email_inbox (
    id              BIGINT PRIMARY KEY,
    mailbox         VARCHAR(20) NOT NULL,
    message_id      VARCHAR(500) NOT NULL,
    raw_key         VARCHAR(80) NOT NULL,
    size_bytes      BIGINT NOT NULL,
    sender          VARCHAR(320),
    subject         VARCHAR(300),
    received_at     TIMESTAMP NOT NULL,
    fetched_at      TIMESTAMP NOT NULL,
    state           VARCHAR(12) NOT NULL,
    outcome         VARCHAR(1000),
    ticket_number   VARCHAR(20),
    request_number  VARCHAR(30),
    processed_at    TIMESTAMP,
    processed_by    VARCHAR(60),
    version         INTEGER NOT NULL,
    CONSTRAINT uq_email_inbox UNIQUE (mailbox, message_id)
);
CREATE INDEX ix_email_inbox_state ON email_inbox(mailbox, state, received_at);

-- An e-mail ticket's source is the Message-ID of its first message: up to a few hundred characters.
ALTER TABLE helpdesk_ticket ALTER COLUMN source_ref SET DATA TYPE VARCHAR(500);

-- A ticket opened by a message that answers a ticket closed long ago names that older ticket.
ALTER TABLE helpdesk_ticket ADD COLUMN follows_ticket VARCHAR(20);
