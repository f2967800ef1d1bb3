-- A regulation's page asks which visible regulations amend or revoke it (Publication.amending / .revoking in
-- PublicationService), one link column at a time. PostgreSQL does not index a foreign key by itself: without these it
-- reads every publication for each regulation's page (H2 has an index of its own on each foreign key; these are
-- created there too, the same on both databases). The listing pages no longer query at all (ContentSync answers them
-- from memory), see docs/benchmarks.md, "Public pages as cache misses".
CREATE INDEX ix_publication_amends ON publication(reg_amends_id);
CREATE INDEX ix_publication_revokes ON publication(reg_revokes_id);
