-- A report's text and photos show publicly only once a moderator has looked at them (photos of
-- a protest can put the people in them at risk): 'pending', 'published' or 'hidden'. Trusted
-- hosts' reports are published at once. Reports written before this change were shown already.
ALTER TABLE event_reports ADD COLUMN status TEXT NOT NULL DEFAULT 'published';
ALTER TABLE event_reports ADD COLUMN decided_by INTEGER;
ALTER TABLE event_reports ADD COLUMN decided_at INTEGER;
CREATE INDEX event_reports_by_status ON event_reports (status, updated_at);
