-- The monthly report (Laporan Layanan Informasi DJPK, DOMAIN.md §5): one row per month and revision, with
-- the figures as a JSON snapshot (recompiled from the data while a draft, frozen once published), the staff's
-- narrative, and the figures the editor entered because the portal has no source for them yet.

CREATE TABLE monthly_report (
    id                  BIGINT PRIMARY KEY,
    report_month        VARCHAR(7) NOT NULL,
    revision            INTEGER NOT NULL,
    state               VARCHAR(12) NOT NULL,
    figures             VARCHAR(1000000) NOT NULL,
    compiled_at         TIMESTAMP NOT NULL,
    technical_questions VARCHAR(20000),
    complaints          VARCHAR(20000),
    evaluation          VARCHAR(20000),
    change_note         VARCHAR(2000),
    created_at          TIMESTAMP NOT NULL,
    created_by          VARCHAR(60) NOT NULL,
    submitted_at        TIMESTAMP,
    submitted_by        VARCHAR(60),
    published_at        TIMESTAMP,
    published_by        VARCHAR(60),
    publication_id      BIGINT,
    version             INTEGER NOT NULL,
    CONSTRAINT uq_monthly_report UNIQUE (report_month, revision)
);

CREATE TABLE report_entry (
    id          BIGINT PRIMARY KEY,
    report_id   BIGINT NOT NULL REFERENCES monthly_report(id),
    figure_key  VARCHAR(80) NOT NULL,
    figure_value BIGINT NOT NULL,
    entered_at  TIMESTAMP NOT NULL,
    entered_by  VARCHAR(60) NOT NULL,
    CONSTRAINT uq_report_entry UNIQUE (report_id, figure_key)
);
