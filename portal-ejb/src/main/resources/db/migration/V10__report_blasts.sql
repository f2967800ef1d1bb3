-- The monthly report's list of blasts (issue #6, "Rincian Layanan WhatsApp Blast"): announcements to the
-- registered users by WhatsApp or e-mail, listed by the editor in a report revision with who and when. The
-- report counts them as blasts.total; a correction (the next revision) carries them over.

CREATE TABLE report_blast (
    id          BIGINT PRIMARY KEY,
    report_id   BIGINT NOT NULL REFERENCES monthly_report(id),
    blast_date  DATE NOT NULL,
    subject     VARCHAR(500) NOT NULL,
    channel     VARCHAR(12) NOT NULL,
    entered_at  TIMESTAMP NOT NULL,
    entered_by  VARCHAR(60) NOT NULL
);

CREATE INDEX ix_report_blast_report ON report_blast (report_id, blast_date);
