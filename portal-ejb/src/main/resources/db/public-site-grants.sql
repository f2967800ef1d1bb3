-- The public site's own PostgreSQL role (docs/security.md "Database roles"): it reads what is public and
-- writes only what anonymous visitors hand in. No staff accounts, no sign-in counters, no mailbox, no reading
-- of the outbox (it holds access codes), no schema changes.
--
-- The staff portal, which owns the schema, applies this file after every migration when the public site has a
-- role of its own (PORTAL_PUBLIC_DB_USER differs from PORTAL_DB_USER), so that new tables are never left out.
-- By hand, as the owner:  psql -v public_role=portal_public -f public-site-grants.sql portal
-- Every run starts from nothing: what is not granted below is revoked.

REVOKE ALL ON ALL TABLES IN SCHEMA public FROM :"public_role";
REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM :"public_role";
REVOKE CREATE ON SCHEMA public FROM :"public_role";
GRANT USAGE ON SCHEMA public TO :"public_role";
-- every entity id comes from this sequence (EclipseLink takes 50 at a time)
GRANT USAGE ON SEQUENCE portal_seq TO :"public_role";

-- what the public site shows: publications and their files, reference lists, the DIP, the knowledge base's
-- FAQ, published monthly reports, letters to verify, Email Lapor's report types, WhatsApp's templates
GRANT SELECT ON publication, publication_topic, attachment, content_state, region, topic, org_unit, holiday,
    dip_entry, ppid_release, kb_article, monthly_report, report_entry, report_blast, letter, lapor_type,
    app_setting, wa_template, livechat_presence
    TO :"public_role";

-- intake: what anonymous visitors hand in and later read back with their access code (PPID requests and
-- objections, consultation bookings and guest lists, tickets and replies and surveys, Email Lapor reports,
-- live chats, WhatsApp conversations and consent), the numbering counters, the traffic counts
GRANT SELECT, INSERT, UPDATE ON ppid_request, ppid_event, ppid_counter,
    visit, visit_event, visit_guest, visit_slot,
    helpdesk_ticket, helpdesk_ticket_topic, helpdesk_ticket_word, helpdesk_message, helpdesk_attachment, helpdesk_contact, helpdesk_counter,
    lapor_submission, lapor_file, lapor_event, lapor_counter,
    livechat_chat,
    wa_event, wa_conversation, wa_session, wa_menu_choice, wa_outbox, consent_record, contact_unsubscribe,
    page_view_daily, visitor_daily, page_title
    TO :"public_role";

-- counters the public site keeps and prunes itself: rate limits, wrong access codes, the visitor salt of the day
GRANT SELECT, INSERT, UPDATE, DELETE ON rate_count, access_failure, visitor_salt TO :"public_role";

-- written, never read back: the audit trail of public submissions and the mails they queue (acknowledgements
-- with access codes; the staff portal sends them)
GRANT INSERT ON audit_entry, mail_message, mail_attachment TO :"public_role";
