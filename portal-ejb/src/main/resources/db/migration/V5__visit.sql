-- Consultation visits and video conferences (SE-2/PK.1/2024 E.3.b-c) and the register of DJPK's outgoing
-- letters that the public verification page ("Cek Keaslian Surat") reads. Plain types only, for H2 and
-- PostgreSQL alike.

CREATE TABLE visit (
    id                 BIGINT PRIMARY KEY,
    booking_code       VARCHAR(20) NOT NULL,
    access_hash        VARCHAR(64) NOT NULL,
    institution        VARCHAR(200) NOT NULL,
    region_code        VARCHAR(13) NOT NULL REFERENCES region(code),
    contact_name       VARCHAR(200) NOT NULL,
    email              VARCHAR(200) NOT NULL,
    phone              VARCHAR(20) NOT NULL,
    mode               VARCHAR(20) NOT NULL,
    topics             VARCHAR(500) NOT NULL,
    preferred_unit     VARCHAR(20),
    letter_number      VARCHAR(100) NOT NULL,
    letter_date        DATE NOT NULL,
    letter_key         VARCHAR(70) NOT NULL,
    letter_sha256      VARCHAR(64) NOT NULL,
    letter_size        BIGINT NOT NULL,
    preferred_dates    VARCHAR(100),
    head_comes         BOOLEAN NOT NULL,
    received_at        TIMESTAMP NOT NULL,
    receipt_day        DATE NOT NULL,
    earliest_date      DATE NOT NULL,
    status             VARCHAR(20) NOT NULL,
    slot_date          DATE,
    slot_number        INTEGER,
    unit_code          VARCHAR(20),
    meeting_link       VARCHAR(500),
    confirmation_number VARCHAR(60),
    confirmed_at       TIMESTAMP,
    confirmed_by       VARCHAR(60),
    closed_reason      VARCHAR(2000),
    closed_at          TIMESTAMP,
    guests_arrived     INTEGER,
    guests_admitted    INTEGER,
    guest_breach       BOOLEAN NOT NULL,
    checked_in_at      TIMESTAMP,
    checked_in_by      VARCHAR(60),
    minutes_key        VARCHAR(70),
    minutes_sha256     VARCHAR(64),
    attendance_key     VARCHAR(70),
    attendance_sha256  VARCHAR(64),
    recording_link     VARCHAR(500),
    minutes_at         TIMESTAMP,
    minutes_by         VARCHAR(60),
    version            INTEGER NOT NULL,
    CONSTRAINT uq_visit_code UNIQUE (booking_code),
    CONSTRAINT uq_visit_letter UNIQUE (region_code, letter_number)
);
CREATE INDEX ix_visit_status ON visit(status);
CREATE INDEX ix_visit_slot ON visit(slot_date);
CREATE INDEX ix_visit_region_slot ON visit(region_code, slot_date);

CREATE TABLE visit_guest (
    id           BIGINT PRIMARY KEY,
    visit_id     BIGINT NOT NULL REFERENCES visit(id),
    position_no  INTEGER NOT NULL,
    guest_name   VARCHAR(200) NOT NULL,
    guest_position VARCHAR(200) NOT NULL,
    head         BOOLEAN NOT NULL,
    listed       BOOLEAN NOT NULL,
    arrived      BOOLEAN NOT NULL,
    admitted     BOOLEAN NOT NULL
);
CREATE INDEX ix_visit_guest_visit ON visit_guest(visit_id);

CREATE TABLE visit_event (
    id           BIGINT PRIMARY KEY,
    visit_id     BIGINT NOT NULL REFERENCES visit(id),
    at           TIMESTAMP NOT NULL,
    kind         VARCHAR(30) NOT NULL,
    actor        VARCHAR(60) NOT NULL,
    public_event BOOLEAN NOT NULL,
    note         VARCHAR(2000)
);
CREATE INDEX ix_visit_event_visit ON visit_event(visit_id);

-- One row per taken slot: the primary key is what makes two confirmations of the last free slot end with
-- exactly one winner, on H2 as on PostgreSQL. A cancelled or rescheduled visit gives its row up.
CREATE TABLE visit_slot (
    slot_date    DATE NOT NULL,
    slot_number  INTEGER NOT NULL,
    visit_id     BIGINT NOT NULL REFERENCES visit(id),
    PRIMARY KEY (slot_date, slot_number)
);

-- DJPK's outgoing letters: those the portal generates (visit confirmations), notices to regions published
-- on the site, and any that staff register by hand.
CREATE TABLE letter (
    id            BIGINT PRIMARY KEY,
    letter_number VARCHAR(100) NOT NULL,
    number_key    VARCHAR(100) NOT NULL,
    letter_date   DATE NOT NULL,
    subject       VARCHAR(500) NOT NULL,
    addressee     VARCHAR(300) NOT NULL,
    source        VARCHAR(20) NOT NULL,
    public_file   BOOLEAN NOT NULL,
    file_name     VARCHAR(200),
    file_key      VARCHAR(70),
    file_sha256   VARCHAR(64),
    file_size     BIGINT,
    publication_id BIGINT,
    registered_at TIMESTAMP NOT NULL,
    registered_by VARCHAR(60) NOT NULL,
    CONSTRAINT uq_letter_number UNIQUE (number_key, letter_date)
);
CREATE INDEX ix_letter_sha ON letter(file_sha256);
CREATE INDEX ix_letter_number ON letter(number_key);
