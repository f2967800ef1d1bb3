-- Email Lapor (issue #15): the regions' routine reports as submissions with a receipt, a deadline and the owning
-- unit's review. Plain types only, for H2 and PostgreSQL alike.

-- Report types, kept by administrators: the owning unit (its Layer 2 accounts are the PIC), how often it is due,
-- the unit's deadline rule (day deadline_day of the deadline_months-th month after the period ends; both null:
-- no on-time judgement), the accepted file kinds and size, and the line of the monthly report it counts in. The
-- unit is checked by the service, not by a foreign key: the units are loaded after the migrations on a new database.
CREATE TABLE lapor_type (
    code            VARCHAR(30) PRIMARY KEY,
    name            VARCHAR(200) NOT NULL,
    unit_code       VARCHAR(20) NOT NULL,
    period_kind     VARCHAR(20) NOT NULL,
    deadline_months INTEGER,
    deadline_day    INTEGER,
    file_kinds      VARCHAR(100) NOT NULL,
    max_bytes       BIGINT NOT NULL,
    report_group    VARCHAR(30) NOT NULL,
    active          BOOLEAN NOT NULL,
    version         INTEGER NOT NULL
);

-- The shipped defaults (the seeds' Email Lapor types); the units change deadlines through the administrator.
INSERT INTO lapor_type VALUES ('DAU', 'Laporan Syarat Penyaluran DAU', 'DTU', 'MONTHLY', 1, 10,
    'PDF,XLSX,XLS,DOCX,ZIP', 52428800, 'DAU', TRUE, 1);
INSERT INTO lapor_type VALUES ('DBH', 'Laporan Syarat Penyaluran DBH', 'DTU', 'QUARTERLY', 1, 15,
    'PDF,XLSX,XLS,DOCX,ZIP', 52428800, 'DBH', TRUE, 1);
INSERT INTO lapor_type VALUES ('DAK_NF', 'Laporan Syarat Penyaluran DAK Non Fisik', 'DTK', 'QUARTERLY', 1, 15,
    'PDF,XLSX,XLS,DOCX,ZIP', 52428800, 'DAK_NON_FISIK', TRUE, 1);
INSERT INTO lapor_type VALUES ('APBD', 'Laporan APBD', 'SIPT', 'YEARLY', 1, 31,
    'PDF,XLSX,XLS,DOCX,ZIP', 52428800, 'APBD_IKD', TRUE, 1);
INSERT INTO lapor_type VALUES ('PERDA', 'Perda/Perkada APBD', 'SIPT', 'YEARLY', 1, 31,
    'PDF,DOCX,ZIP', 52428800, 'APBD_IKD', TRUE, 1);
INSERT INTO lapor_type VALUES ('IKD', 'Informasi Keuangan Daerah', 'SIPT', 'MONTHLY', 1, 10,
    'PDF,XLSX,XLS,ZIP', 52428800, 'APBD_IKD', TRUE, 1);
INSERT INTO lapor_type VALUES ('INSENTIF', 'Laporan Insentif Fiskal', 'DDIOKK', 'YEARLY', NULL, NULL,
    'PDF,XLSX,XLS,DOCX,ZIP', 52428800, 'INSENTIF_FISKAL', TRUE, 1);
INSERT INTO lapor_type VALUES ('PDRD', 'Laporan Perda Pajak Daerah dan Retribusi Daerah', 'PDRD', 'ONCE', NULL, NULL,
    'PDF,DOCX,ZIP', 52428800, 'LAINNYA', TRUE, 1);
INSERT INTO lapor_type VALUES ('PINJAMAN', 'Laporan Posisi Kumulatif Pinjaman Daerah', 'P2D', 'SEMESTER', 1, 31,
    'PDF,XLSX,XLS,ZIP', 52428800, 'LAINNYA', TRUE, 1);

-- The last receipt number given out per year: LPR-<year>-<6 digits>.
CREATE TABLE lapor_counter (
    counter_year INTEGER PRIMARY KEY,
    last_value   INTEGER NOT NULL
);

-- A submission: its receipt, who sent what for which region, type and period, when, its deadline and whether it
-- met it, its review; superseded_by points to the newer version of the same report (both kept).
CREATE TABLE lapor_submission (
    id             BIGINT PRIMARY KEY,
    receipt        VARCHAR(20) NOT NULL,
    access_hash    VARCHAR(64) NOT NULL,
    type_code      VARCHAR(30) NOT NULL REFERENCES lapor_type(code),
    period         VARCHAR(10) NOT NULL,
    region_code    VARCHAR(13) NOT NULL REFERENCES region(code),
    institution    VARCHAR(200),
    sender_name    VARCHAR(200) NOT NULL,
    email          VARCHAR(200) NOT NULL,
    phone          VARCHAR(30),
    note           VARCHAR(4000),
    received_at    TIMESTAMP NOT NULL,
    deadline       DATE,
    on_time        BOOLEAN,
    status         VARCHAR(20) NOT NULL,
    file_version   INTEGER NOT NULL,
    supersedes     VARCHAR(20),
    superseded_by  VARCHAR(20),
    decided_at     TIMESTAMP,
    decided_by     VARCHAR(60),
    reason         VARCHAR(4000),
    version        INTEGER NOT NULL,
    CONSTRAINT uq_lapor_receipt UNIQUE (receipt)
);
CREATE INDEX ix_lapor_report ON lapor_submission(region_code, type_code, period);
CREATE INDEX ix_lapor_received ON lapor_submission(received_at);
CREATE INDEX ix_lapor_status ON lapor_submission(status, type_code);

-- The files of a submission; file_version 1 came with it, each correction after a return adds the next version.
CREATE TABLE lapor_file (
    id             BIGINT PRIMARY KEY,
    submission_id  BIGINT NOT NULL REFERENCES lapor_submission(id),
    file_version   INTEGER NOT NULL,
    file_name      VARCHAR(255) NOT NULL,
    media_type     VARCHAR(100) NOT NULL,
    size_bytes     BIGINT NOT NULL,
    sha256         VARCHAR(64) NOT NULL,
    storage_key    VARCHAR(70) NOT NULL
);
CREATE INDEX ix_lapor_file_submission ON lapor_file(submission_id);
CREATE INDEX ix_lapor_file_sha ON lapor_file(sha256);

-- The history the region and the PIC see.
CREATE TABLE lapor_event (
    id            BIGINT PRIMARY KEY,
    submission_id BIGINT NOT NULL REFERENCES lapor_submission(id),
    at            TIMESTAMP NOT NULL,
    kind          VARCHAR(30) NOT NULL,
    actor         VARCHAR(60) NOT NULL,
    public_event  BOOLEAN NOT NULL,
    note          VARCHAR(4000)
);
CREATE INDEX ix_lapor_event_submission ON lapor_event(submission_id);
