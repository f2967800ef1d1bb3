-- The monthly figures of the contact center (HelpdeskService.figures, the report and the helpdesk figures page)
-- are aggregate queries over the tickets of a few months. These two indexes hold every column those queries read,
-- so the database counts from the index alone instead of fetching each ticket row (docs/benchmarks.md, "Monthly
-- report figures": with 1.000.000 tickets the 13-month total went from 108.330 row fetches to an index range).
-- The first one starts with created_month and replaces the single-column index of V6.
DROP INDEX ix_ticket_month;
CREATE INDEX ix_ticket_month_figures ON helpdesk_ticket(created_month, status, channel, category, time_zone,
    service_hours, l2_unit, escalated_at, l2_score);
CREATE INDEX ix_ticket_month_people ON helpdesk_ticket(created_month, category, region_code, agent, rating_service,
    rating_answer, contact_id, status);
