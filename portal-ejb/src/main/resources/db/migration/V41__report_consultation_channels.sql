-- The monthly report counts the office's "Tiket Konsultasi" only (WhatsApp, phone, e-mail, HAI with the web form,
-- live chat: ReportChannels.CONSULTATION), so HelpdeskFiguresQuery's Pemda and rating queries read the channel too.
-- The people index of V11 gets the channel as its last column: the queries keep their plans (same leading columns)
-- and still count from the index alone instead of fetching each ticket row (docs/benchmarks.md).
DROP INDEX ix_ticket_month_people;
CREATE INDEX ix_ticket_month_people ON helpdesk_ticket(created_month, category, region_code, agent, rating_service,
    rating_answer, contact_id, status, channel);
