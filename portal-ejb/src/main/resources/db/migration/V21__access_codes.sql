-- Access codes people can type (issue 18) and guarded (issue 11, finding 11).
-- Wrong access codes per number, one row per failure: a number is blocked after 10 within the hour
-- (system.AccessAttempts), shared by every public-site instance.
CREATE TABLE access_failure (
    id          BIGINT PRIMARY KEY,
    kind        VARCHAR(20) NOT NULL,
    subject     VARCHAR(60) NOT NULL,
    failed_at   TIMESTAMP NOT NULL
);
CREATE INDEX ix_access_failure ON access_failure(kind, subject, failed_at);

-- The access code a message carries, kept only until the message is sent: then the stored body shows it
-- masked (ABCD-…-PQRS) and this column is emptied. Held messages keep it for staff to pass on.
ALTER TABLE mail_message ADD COLUMN secret VARCHAR(64);
