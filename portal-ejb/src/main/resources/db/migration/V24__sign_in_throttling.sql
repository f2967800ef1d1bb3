-- Sign-in hardening (issue 11, findings 4 and 12).
-- Failed sign-ins no longer lock the account (anyone could lock anyone out); they slow down the address they
-- come from, counted per typed username and address and per address, here so that every instance counts alike.
CREATE TABLE login_counter (
    counter_key       VARCHAR(200) PRIMARY KEY,
    failures          INTEGER NOT NULL,
    last_failure_at   TIMESTAMP,
    wait_until        TIMESTAMP
);
CREATE INDEX ix_login_counter_last ON login_counter(last_failure_at);

ALTER TABLE staff_account DROP COLUMN failed_logins;
ALTER TABLE staff_account DROP COLUMN locked_until;

-- an administrator's initial or reset password must be replaced at the first sign-in
ALTER TABLE staff_account ADD COLUMN must_change_password BOOLEAN DEFAULT FALSE NOT NULL;
-- a new password ends the sessions begun with the old one
ALTER TABLE staff_account ADD COLUMN password_changed_at TIMESTAMP;
