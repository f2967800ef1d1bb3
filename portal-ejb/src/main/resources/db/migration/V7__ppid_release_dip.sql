-- What the PPID gives the requester (files, links to publications, the generated decision notice), the
-- kind of information asked (a topic, set by the officer, for the monthly figures), and the Daftar
-- Informasi Publik (DIP) the PPID maintains (UU 14/2008 art. 9-11, Perki 1/2021).

ALTER TABLE ppid_request ADD COLUMN topic_code VARCHAR(30);

CREATE TABLE ppid_release (
    id             BIGINT PRIMARY KEY,
    request_id     BIGINT NOT NULL REFERENCES ppid_request(id),
    kind           VARCHAR(12) NOT NULL,
    title          VARCHAR(300) NOT NULL,
    file_name      VARCHAR(200),
    media_type     VARCHAR(100),
    size_bytes     BIGINT,
    sha256         VARCHAR(64),
    storage_key    VARCHAR(80),
    publication_id BIGINT,
    slug           VARCHAR(240),
    added_at       TIMESTAMP NOT NULL,
    added_by       VARCHAR(60) NOT NULL,
    released       BOOLEAN NOT NULL
);
CREATE INDEX ix_ppid_release_request ON ppid_release(request_id);

CREATE TABLE dip_entry (
    id             BIGINT PRIMARY KEY,
    category       VARCHAR(20) NOT NULL,
    title          VARCHAR(300) NOT NULL,
    summary        VARCHAR(2000),
    responsible    VARCHAR(200) NOT NULL,
    publication_id BIGINT,
    slug           VARCHAR(240),
    url            VARCHAR(500),
    format         VARCHAR(100),
    retention      VARCHAR(100),
    sort_order     INTEGER NOT NULL,
    updated_at     TIMESTAMP NOT NULL,
    updated_by     VARCHAR(60) NOT NULL,
    version        INTEGER NOT NULL
);
CREATE INDEX ix_dip_category ON dip_entry(category, sort_order);
