-- The agents' queues are sorted newest first (created_at DESC, id DESC; HelpdeskService.page). Without an index
-- in that order the database reads and sorts every ticket for each page of the lazy table: with 100.000 tickets
-- about 1 s per page on H2 (docs/benchmarks.md, "Helpdesk agent queue"). With these, a page reads its 25 rows
-- from an index, also with the status or channel filter. DESC in the indexes themselves, because H2 uses an index
-- for ORDER BY only in the index's own direction; PostgreSQL reads them either way.
CREATE INDEX ix_ticket_created ON helpdesk_ticket(created_at DESC, id DESC);

-- was (status, created_at): H2 kept choosing it for a status filter and then sorted all the tickets of that status
DROP INDEX ix_ticket_status;
CREATE INDEX ix_ticket_status ON helpdesk_ticket(status, created_at DESC, id DESC);
CREATE INDEX ix_ticket_channel ON helpdesk_ticket(channel, created_at DESC, id DESC);
