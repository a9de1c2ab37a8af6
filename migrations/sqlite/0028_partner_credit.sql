-- Letters and answers to events, like signatures, carry the partner organisation whose page
-- brought the person (credited in its tally) and whether its own consent box was ticked
-- (recorded as a consent to it only when the person confirms).
ALTER TABLE letters ADD COLUMN via_org INTEGER REFERENCES organisations(id) ON DELETE SET NULL;
ALTER TABLE letters ADD COLUMN consent_partner INTEGER NOT NULL DEFAULT 0;
ALTER TABLE rsvps ADD COLUMN via_org INTEGER REFERENCES organisations(id) ON DELETE SET NULL;
ALTER TABLE rsvps ADD COLUMN consent_partner INTEGER NOT NULL DEFAULT 0;
CREATE INDEX letters_by_org ON letters (via_org);
CREATE INDEX rsvps_by_org ON rsvps (via_org);
