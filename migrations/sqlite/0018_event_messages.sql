-- What an event's organiser wrote to the people coming (encrypted, bound to this table, column
-- and row id: an organiser may write a phone number or a meeting point). One row per message;
-- each attendee's mail is a job naming it.
CREATE TABLE event_messages (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    body_ct BLOB NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX event_messages_by_event ON event_messages (event_id, created_at);
