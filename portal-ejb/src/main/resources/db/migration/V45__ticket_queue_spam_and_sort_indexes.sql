-- The staff queues at 1.000.000 tickets (issue #19, docs/benchmarks.md "Staff queue with 1.000.000 tickets").
--
-- Every queue but "spam" leaves out the tickets of topic SPAM. That was a subquery over the topics joined back to the
-- tickets, in every count and page of every queue: seconds at a million tickets. The flag is now kept on the ticket
-- with its topics (Ticket.spam) and read from the indexes below.
ALTER TABLE helpdesk_ticket ADD COLUMN spam BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE helpdesk_ticket t SET spam = TRUE
    WHERE EXISTS (SELECT 1 FROM helpdesk_ticket_topic x WHERE x.ticket_id = t.id AND x.topic_code = 'SPAM');
CREATE INDEX ix_ticket_spam ON helpdesk_ticket(spam, created_at DESC, id DESC);

-- One index per sortable column of the queue table (helpdesk/antrian.xhtml) and direction, in the order
-- TicketQueues.page sorts: the column, then the newest first among equal values. H2 reads an index for ORDER BY only
-- in the index's own direction (PostgreSQL reads either way) and takes an index for the sort only when no other index
-- serves a condition: so a filter's column leads its index and the query sorts by it first (one value: the same
-- order). Each index ends with spam, so counts and pages decide "not spam" from the index without reading the ticket.
DROP INDEX ix_ticket_created;
CREATE INDEX ix_ticket_created ON helpdesk_ticket(created_at DESC, id DESC, spam);
CREATE INDEX ix_ticket_created_asc ON helpdesk_ticket(created_at, id, spam);
DROP INDEX ix_ticket_status;
-- (with callback_due: the queue "callback overdue" is the tickets waiting on L2 whose due date has passed)
CREATE INDEX ix_ticket_status ON helpdesk_ticket(status, created_at DESC, id DESC, spam, callback_due);
CREATE INDEX ix_ticket_status_desc ON helpdesk_ticket(status DESC, created_at DESC, id DESC, spam);
DROP INDEX ix_ticket_channel;
CREATE INDEX ix_ticket_channel ON helpdesk_ticket(channel, created_at DESC, id DESC, spam);
CREATE INDEX ix_ticket_category ON helpdesk_ticket(category, created_at DESC, id DESC, spam);
CREATE INDEX ix_ticket_number_asc ON helpdesk_ticket(ticket_number, spam);
CREATE INDEX ix_ticket_number_desc ON helpdesk_ticket(ticket_number DESC, spam);
CREATE INDEX ix_ticket_requester ON helpdesk_ticket(requester_name, created_at DESC, id DESC, spam);
CREATE INDEX ix_ticket_requester_desc ON helpdesk_ticket(requester_name DESC, created_at DESC, id DESC, spam);
CREATE INDEX ix_ticket_subject ON helpdesk_ticket(subject, created_at DESC, id DESC, spam);
CREATE INDEX ix_ticket_subject_desc ON helpdesk_ticket(subject DESC, created_at DESC, id DESC, spam);
-- the agent's own queue ("mine": agent and an active status) and "unassigned" (no agent) count and sort from here
DROP INDEX ix_ticket_agent;
CREATE INDEX ix_ticket_agent ON helpdesk_ticket(agent, status, spam, created_at, id);
CREATE INDEX ix_ticket_agent_sort ON helpdesk_ticket(agent, created_at DESC, id DESC, spam);
CREATE INDEX ix_ticket_agent_sort_desc ON helpdesk_ticket(agent DESC, created_at DESC, id DESC, spam);
