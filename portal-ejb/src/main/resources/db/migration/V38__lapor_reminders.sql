-- Email Lapor reminders (issue #15): a region still owing a report is reminded once, N working days before the
-- deadline; the row records it (to whom, when), so that a second run, another instance or a restart never sends it
-- again, and the compliance matrix shows it.
CREATE TABLE lapor_reminder (
    id           BIGINT PRIMARY KEY,
    type_code    VARCHAR(30) NOT NULL REFERENCES lapor_type(code),
    period       VARCHAR(10) NOT NULL,
    region_code  VARCHAR(13) NOT NULL REFERENCES region(code),
    deadline     DATE NOT NULL,
    recipients   VARCHAR(1000) NOT NULL,
    sent_at      TIMESTAMP NOT NULL,
    CONSTRAINT uq_lapor_reminder UNIQUE (type_code, period, region_code)
);

-- The matrix reads every submission of one type and period.
CREATE INDEX ix_lapor_type_period ON lapor_submission(type_code, period);
