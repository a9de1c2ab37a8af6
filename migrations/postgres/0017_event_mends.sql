-- The name an attendee typed for this event (encrypted, bound to this table, column and row
-- id): the organiser sees that, not a name the person gave elsewhere.
ALTER TABLE rsvps ADD COLUMN name_ct BYTEA;
-- An event's organiser address as a blind index: at most a few submissions a day mail one
-- address.
ALTER TABLE events ADD COLUMN organiser_bidx BYTEA;
CREATE INDEX events_by_organiser ON events (organiser_bidx, created_at);
