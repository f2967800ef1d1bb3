-- Issue #13: consent to announcements recorded as it was given or withdrawn: when, on which channel, for which
-- address, how (the bot's identity step, IKUT, BERHENTI, an e-mail's link) and the text the person was shown.
CREATE TABLE consent_record (
    id            BIGINT PRIMARY KEY,
    recorded_at   TIMESTAMP NOT NULL,
    channel       VARCHAR(20) NOT NULL,
    address       VARCHAR(320) NOT NULL,
    given         BOOLEAN NOT NULL,
    how           VARCHAR(30) NOT NULL,
    notice        VARCHAR(2000) NOT NULL
);
CREATE INDEX ix_consent_address ON consent_record(address, recorded_at);
CREATE INDEX ix_consent_at ON consent_record(recorded_at);
