-- Outgoing e-mail: every message the portal writes, queued in the transaction of the change it reports,
-- delivered by the staff portal's dispatcher (a refused message is tried again later, with growing pauses),
-- or held here when no SMTP server is configured.
CREATE TABLE mail_message (
    id          BIGINT PRIMARY KEY,
    created_at  TIMESTAMP NOT NULL,
    recipient   VARCHAR(200) NOT NULL,
    subject     VARCHAR(300) NOT NULL,
    body        VARCHAR(20000) NOT NULL,
    about_kind  VARCHAR(30),
    about_ref   VARCHAR(60),
    status      VARCHAR(10) NOT NULL,
    attempts    INTEGER NOT NULL,
    last_error  VARCHAR(1000),
    next_attempt_at TIMESTAMP,
    sent_at     TIMESTAMP,
    version     INTEGER NOT NULL
);
CREATE INDEX ix_mail_status ON mail_message(status);
CREATE INDEX ix_mail_about ON mail_message(about_kind, about_ref);

CREATE TABLE mail_attachment (
    id          BIGINT PRIMARY KEY,
    message_id  BIGINT NOT NULL REFERENCES mail_message(id),
    file_name   VARCHAR(200) NOT NULL,
    media_type  VARCHAR(100) NOT NULL,
    size_bytes  BIGINT NOT NULL,
    storage_key VARCHAR(80) NOT NULL
);
CREATE INDEX ix_mail_attachment_message ON mail_attachment(message_id);
