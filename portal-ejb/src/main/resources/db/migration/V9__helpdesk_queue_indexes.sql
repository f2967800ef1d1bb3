-- The agents' queues are sorted newest first (created_at DESC, id DESC; HelpdeskService.page). Without an index
-- in that order the database reads and sorts every ticket for each page of the lazy table: with 100.000 tickets
-- about 1 s per page on H2 (docs/benchmarks.md, "Helpdesk agent queue"). With it, a page of the queue "all"
-- reads its 25 rows from the index. DESC in the index itself, because H2 uses an index for ORDER BY only in the
-- index's own direction; PostgreSQL reads it either way.
CREATE INDEX ix_ticket_created ON helpdesk_ticket(created_at DESC, id DESC);
