-- PPID information requests (UU 14/2008 art. 22, 35-36): the request, its legal clock, the decision,
-- the objection to the PPID's superior, and the timeline shown to the requester.
-- Plain types only, for H2 and PostgreSQL alike.

-- The last tracking number given out per year: PPID-<year>-<5 digits> restarts at 00001 every January.
CREATE TABLE ppid_counter (
    counter_year INTEGER PRIMARY KEY,
    last_value   INTEGER NOT NULL
);

CREATE TABLE ppid_request (
    id                   BIGINT PRIMARY KEY,
    tracking_number      VARCHAR(20) NOT NULL,
    access_hash          VARCHAR(64) NOT NULL,
    requester_name       VARCHAR(200) NOT NULL,
    nik                  VARCHAR(16),
    organization_basis   VARCHAR(300),
    address              VARCHAR(500) NOT NULL,
    occupation           VARCHAR(100) NOT NULL,
    phone                VARCHAR(20) NOT NULL,
    email                VARCHAR(200),
    information          VARCHAR(4000) NOT NULL,
    purpose              VARCHAR(2000) NOT NULL,
    obtain_method        VARCHAR(20) NOT NULL,
    delivery_method      VARCHAR(20) NOT NULL,
    consent              BOOLEAN NOT NULL,
    scan_key             VARCHAR(70),
    scan_media_type      VARCHAR(100),
    scan_size            BIGINT,
    scan_sha256          VARCHAR(64),
    received_at          TIMESTAMP NOT NULL,
    receipt_day          DATE NOT NULL,
    first_due            DATE NOT NULL,
    due_date             DATE NOT NULL,
    status               VARCHAR(30) NOT NULL,
    extension_days       INTEGER,
    extension_reason     VARCHAR(2000),
    extended_at          TIMESTAMP,
    extended_by          VARCHAR(60),
    decision             VARCHAR(20),
    decision_text        VARCHAR(4000),
    exemption_ground     VARCHAR(30),
    consequence_test     VARCHAR(4000),
    holding_body         VARCHAR(300),
    decided_at           TIMESTAMP,
    decision_day         DATE,
    decided_by           VARCHAR(60),
    objection_ground     VARCHAR(30),
    objection_reason     VARCHAR(4000),
    objection_filed_at   TIMESTAMP,
    objection_day        DATE,
    objection_due        DATE,
    objection_outcome    VARCHAR(20),
    objection_text       VARCHAR(4000),
    objection_decided_at TIMESTAMP,
    objection_decided_by VARCHAR(60),
    version              INTEGER NOT NULL,
    CONSTRAINT uq_ppid_number UNIQUE (tracking_number)
);
CREATE INDEX ix_ppid_status_due ON ppid_request(status, due_date);
CREATE INDEX ix_ppid_receipt ON ppid_request(receipt_day);

CREATE TABLE ppid_event (
    id           BIGINT PRIMARY KEY,
    request_id   BIGINT NOT NULL REFERENCES ppid_request(id),
    at           TIMESTAMP NOT NULL,
    kind         VARCHAR(30) NOT NULL,
    actor        VARCHAR(60) NOT NULL,
    public_event BOOLEAN NOT NULL,
    note         VARCHAR(4000)
);
CREATE INDEX ix_ppid_event_request ON ppid_event(request_id);
