-- The ticket form acknowledges a new ticket by e-mail at most HelpdeskService.ACKNOWLEDGEMENTS_PER_DAY times a
-- day per address (the form must not become a relay sending DJPK's mail to any address): the count of the
-- address's tickets since the start of the office day reads this index instead of the table.
CREATE INDEX ix_ticket_requester_email ON helpdesk_ticket(requester_email, created_at);
