-- #16: a social-media figure read from the platform's own export file says which export it came from
-- ("Meta Business Suite: konten-november.csv"); a typed figure has none.
ALTER TABLE report_entry ADD COLUMN source VARCHAR(300);
