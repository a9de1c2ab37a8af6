-- After an event, its organiser reports: how many came, a text, up to five photos (each
-- re-encoded when uploaded: no metadata survives).
CREATE TABLE event_reports (
    event_id BIGINT PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
    attended BIGINT NOT NULL,
    text_md TEXT NOT NULL DEFAULT '',
    text_html TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE TABLE event_photos (
    id BIGINT PRIMARY KEY,
    event_id BIGINT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    position BIGINT NOT NULL,
    jpeg BYTEA NOT NULL,
    width BIGINT NOT NULL,
    height BIGINT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX event_photos_by_event ON event_photos (event_id, position);
CREATE INDEX event_photos_by_time ON event_photos (created_at);
