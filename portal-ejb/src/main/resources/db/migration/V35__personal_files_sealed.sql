-- Issue #11, finding 10: personal files are kept sealed (keys "sealed/<xx>/<sha-256>", longer than before), and an
-- ID scan is removed a retention period after its request closed: when it was removed is kept with the request.
ALTER TABLE ppid_request ALTER COLUMN scan_key SET DATA TYPE VARCHAR(100);
ALTER TABLE ppid_request ADD COLUMN scan_removed_at TIMESTAMP;
