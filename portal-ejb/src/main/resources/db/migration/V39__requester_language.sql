-- The language of the public page (or API call) a requester used, so that their e-mails are written in it.
-- 'id' (Bahasa Indonesia) or 'en'; everything received before, and every channel without a page, is 'id'.
ALTER TABLE ppid_request ADD COLUMN language VARCHAR(2) DEFAULT 'id' NOT NULL;
ALTER TABLE visit ADD COLUMN language VARCHAR(2) DEFAULT 'id' NOT NULL;
ALTER TABLE helpdesk_ticket ADD COLUMN language VARCHAR(2) DEFAULT 'id' NOT NULL;
ALTER TABLE lapor_submission ADD COLUMN language VARCHAR(2) DEFAULT 'id' NOT NULL;
