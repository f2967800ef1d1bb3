-- A PPID request an officer made from a message of the PPID mailbox (issue #12): the message's Message-ID, so the
-- request shows where it came from; its receipt time is the mail server's received time (the legal clock's start).
ALTER TABLE ppid_request ADD COLUMN source_email VARCHAR(500);
