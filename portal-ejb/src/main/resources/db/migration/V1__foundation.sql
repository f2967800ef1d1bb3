-- Foundation schema: reference data, staff identity, audit trail, publications, site statistics.
-- Written once for both H2 (default) and PostgreSQL 15: plain types only, no vendor features.

CREATE SEQUENCE portal_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE app_setting (
    setting_key   VARCHAR(100) PRIMARY KEY,
    setting_value VARCHAR(4000)
);

CREATE TABLE region (
    code          VARCHAR(13) PRIMARY KEY,
    name          VARCHAR(200) NOT NULL,
    level         VARCHAR(20) NOT NULL,
    province_code VARCHAR(13) NOT NULL,
    short_name    VARCHAR(200) NOT NULL,
    time_zone     VARCHAR(4) NOT NULL
);

CREATE TABLE topic (
    code        VARCHAR(40) PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    topic_group VARCHAR(20) NOT NULL,
    sort_order  INTEGER NOT NULL,
    active      BOOLEAN NOT NULL
);

CREATE TABLE org_unit (
    code   VARCHAR(20) PRIMARY KEY,
    name   VARCHAR(300) NOT NULL,
    active BOOLEAN NOT NULL
);

CREATE TABLE holiday (
    holiday_date DATE PRIMARY KEY,
    name         VARCHAR(300) NOT NULL,
    kind         VARCHAR(20) NOT NULL
);

CREATE TABLE staff_account (
    id                BIGINT PRIMARY KEY,
    username          VARCHAR(60) NOT NULL,
    full_name         VARCHAR(200) NOT NULL,
    email             VARCHAR(200),
    password_hash     VARCHAR(400) NOT NULL,
    enabled           BOOLEAN NOT NULL,
    unit_code         VARCHAR(20) REFERENCES org_unit(code),
    failed_logins     INTEGER NOT NULL,
    locked_until      TIMESTAMP,
    last_login_at     TIMESTAMP,
    created_at        TIMESTAMP NOT NULL,
    version           INTEGER NOT NULL,
    CONSTRAINT uq_staff_username UNIQUE (username)
);

CREATE TABLE staff_role (
    account_id BIGINT NOT NULL REFERENCES staff_account(id),
    role       VARCHAR(30) NOT NULL,
    PRIMARY KEY (account_id, role)
);

CREATE TABLE audit_entry (
    id          BIGINT PRIMARY KEY,
    at          TIMESTAMP NOT NULL,
    actor       VARCHAR(60) NOT NULL,
    action      VARCHAR(60) NOT NULL,
    entity_type VARCHAR(60) NOT NULL,
    entity_id   VARCHAR(60),
    detail      VARCHAR(4000)
);
CREATE INDEX ix_audit_at ON audit_entry(at);
CREATE INDEX ix_audit_entity ON audit_entry(entity_type, entity_id);

CREATE TABLE publication (
    id               BIGINT PRIMARY KEY,
    pub_type         VARCHAR(40) NOT NULL,
    title            VARCHAR(500) NOT NULL,
    slug             VARCHAR(220) NOT NULL,
    summary          VARCHAR(4000),
    body             VARCHAR(1000000),
    doc_date         DATE NOT NULL,
    status           VARCHAR(20) NOT NULL,
    publish_at       TIMESTAMP,
    published_at     TIMESTAMP,
    published_by     VARCHAR(60),
    withdrawn_at     TIMESTAMP,
    withdrawn_by     VARCHAR(60),
    withdraw_reason  VARCHAR(1000),
    created_at       TIMESTAMP NOT NULL,
    created_by       VARCHAR(60) NOT NULL,
    updated_at       TIMESTAMP NOT NULL,
    updated_by       VARCHAR(60) NOT NULL,
    version          INTEGER NOT NULL,
    letter_number    VARCHAR(80),
    reg_kind         VARCHAR(120),
    reg_abbrev       VARCHAR(20),
    reg_number       VARCHAR(40),
    reg_year         INTEGER,
    reg_about        VARCHAR(1000),
    reg_place        VARCHAR(100),
    reg_enacted      DATE,
    reg_promulgated  DATE,
    reg_source       VARCHAR(300),
    reg_subject      VARCHAR(300),
    reg_status       VARCHAR(20),
    reg_amends_id    BIGINT REFERENCES publication(id),
    reg_revokes_id   BIGINT REFERENCES publication(id),
    reg_language     VARCHAR(40),
    reg_teu          VARCHAR(200),
    reg_field        VARCHAR(200),
    reg_abstract     VARCHAR(8000),
    event_kind       VARCHAR(20),
    event_start      TIMESTAMP,
    event_end        TIMESTAMP,
    event_location   VARCHAR(300),
    recording_url    VARCHAR(1000),
    CONSTRAINT uq_publication_slug UNIQUE (slug),
    CONSTRAINT uq_regulation_number UNIQUE (reg_abbrev, reg_number, reg_year)
);
CREATE INDEX ix_publication_public ON publication(status, publish_at);
CREATE INDEX ix_publication_type ON publication(pub_type, doc_date);

CREATE TABLE publication_topic (
    publication_id BIGINT NOT NULL REFERENCES publication(id),
    topic_code     VARCHAR(40) NOT NULL REFERENCES topic(code),
    PRIMARY KEY (publication_id, topic_code)
);

CREATE TABLE attachment (
    id             BIGINT PRIMARY KEY,
    publication_id BIGINT REFERENCES publication(id),
    file_name      VARCHAR(255) NOT NULL,
    media_type     VARCHAR(120) NOT NULL,
    size_bytes     BIGINT NOT NULL,
    sha256         VARCHAR(64) NOT NULL,
    storage_key    VARCHAR(200) NOT NULL,
    text_content   VARCHAR(1000000),
    sort_order     INTEGER NOT NULL,
    created_at     TIMESTAMP NOT NULL
);
CREATE INDEX ix_attachment_publication ON attachment(publication_id);

-- one row: bumped on every change of public content, polled by every public-site instance
CREATE TABLE content_state (
    id         INTEGER PRIMARY KEY,
    revision   BIGINT NOT NULL,
    changed_at TIMESTAMP NOT NULL
);
INSERT INTO content_state (id, revision, changed_at) VALUES (1, 1, CURRENT_TIMESTAMP);

CREATE TABLE page_view_daily (
    view_day DATE NOT NULL,
    path     VARCHAR(500) NOT NULL,
    views    BIGINT NOT NULL,
    PRIMARY KEY (view_day, path)
);

CREATE TABLE visitor_daily (
    visit_day    DATE NOT NULL,
    visitor_hash VARCHAR(64) NOT NULL,
    PRIMARY KEY (visit_day, visitor_hash)
);

-- the salt of one day; deleted once the day is over so that no hash can be recomputed
CREATE TABLE visitor_salt (
    salt_day DATE PRIMARY KEY,
    salt     VARCHAR(64) NOT NULL
);
