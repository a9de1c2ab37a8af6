-- After an event, its organiser reports: how many came, a text, up to five photos (each
-- re-encoded when uploaded: no metadata survives).
CREATE TABLE event_reports (
    event_id INTEGER PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
    attended INTEGER NOT NULL,
    text_md TEXT NOT NULL DEFAULT '',
    text_html TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE TABLE event_photos (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    jpeg BLOB NOT NULL,
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX event_photos_by_event ON event_photos (event_id, position);
CREATE INDEX event_photos_by_time ON event_photos (created_at);
