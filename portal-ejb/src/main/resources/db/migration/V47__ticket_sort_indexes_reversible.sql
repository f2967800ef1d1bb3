-- The staff queue's deep pages (issue #19, docs/benchmarks.md "Deep pages read from the nearer end").
--
-- A column sorted the other way is now the same list reversed: among equal values the oldest first instead of the
-- newest (TicketQueues.order). Each column's two indexes are then each other read backwards, and a page past the
-- middle of the queue is read from the end in the reverse order (TicketQueues.page): the database skips the rows
-- after the page instead of the many more before it. The ascending indexes (V45) stay as they are.
DROP INDEX ix_ticket_status_desc;
CREATE INDEX ix_ticket_status_desc ON helpdesk_ticket(status DESC, created_at, id, spam);
DROP INDEX ix_ticket_requester_desc;
CREATE INDEX ix_ticket_requester_desc ON helpdesk_ticket(requester_name DESC, created_at, id, spam);
DROP INDEX ix_ticket_subject_desc;
CREATE INDEX ix_ticket_subject_desc ON helpdesk_ticket(subject DESC, created_at, id, spam);
DROP INDEX ix_ticket_agent_sort_desc;
CREATE INDEX ix_ticket_agent_sort_desc ON helpdesk_ticket(agent DESC, created_at, id, spam);
