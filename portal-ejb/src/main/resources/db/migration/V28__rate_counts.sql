-- Rate limits of the public site (issue 11, finding 7): how often one address did one thing (a series: PPID
-- requests, objections, searches, …) within a fixed window, here so that every public-site instance counts alike
-- and a restart forgets nothing (system.RateCounts). Rows of windows over a day old are deleted as new ones come.
CREATE TABLE rate_count (
    id            BIGINT PRIMARY KEY,
    series        VARCHAR(20) NOT NULL,
    subject       VARCHAR(64) NOT NULL,
    window_start  TIMESTAMP NOT NULL,
    hits          INTEGER NOT NULL,
    CONSTRAINT uq_rate_count UNIQUE (series, subject, window_start)
);
CREATE INDEX ix_rate_count_window ON rate_count(window_start);
