-- Days of action and their events. An event keeps its IANA time zone and its times in UTC
-- seconds; its organiser's name and email, and its exact address, are encrypted (bound to this
-- table, column and row id); its city, country and coordinates are public once approved.

CREATE TABLE action_days (
    id BIGINT PRIMARY KEY,
    campaign_id BIGINT NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    first_day TEXT NOT NULL,
    last_day TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX action_days_by_campaign ON action_days (campaign_id, first_day);

CREATE TABLE action_day_texts (
    day_id BIGINT NOT NULL REFERENCES action_days(id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    title TEXT NOT NULL,
    body_md TEXT NOT NULL DEFAULT '',
    body_html TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (day_id, lang)
);

CREATE TABLE events (
    id BIGINT PRIMARY KEY,
    day_id BIGINT NOT NULL REFERENCES action_days(id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    lang TEXT NOT NULL,
    title TEXT NOT NULL,
    description_md TEXT NOT NULL DEFAULT '',
    description_html TEXT NOT NULL DEFAULT '',
    languages TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL,
    starts_at BIGINT NOT NULL,
    ends_at BIGINT NOT NULL,
    time_zone TEXT NOT NULL,
    city_id BIGINT,
    city TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL,
    lat DOUBLE PRECISION,
    lon DOUBLE PRECISION,
    address_ct BYTEA,
    address_public BIGINT NOT NULL DEFAULT 0,
    capacity BIGINT,
    accessibility TEXT NOT NULL DEFAULT '',
    photo BYTEA,
    organiser_name_ct BYTEA NOT NULL,
    organiser_email_ct BYTEA NOT NULL,
    key_id BIGINT NOT NULL,
    host_org BIGINT REFERENCES organisations(id) ON DELETE SET NULL,
    message TEXT NOT NULL DEFAULT '',
    revision BIGINT NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL,
    confirmed_at BIGINT,
    decided_at BIGINT,
    decided_by BIGINT REFERENCES staff(id) ON DELETE SET NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX events_public ON events (day_id, status, country, city, starts_at);
CREATE INDEX events_by_status ON events (status, created_at);

-- One answer per person and event: attending (confirmed), waiting, or cancelled.
CREATE TABLE rsvps (
    id BIGINT PRIMARY KEY,
    event_id BIGINT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    supporter_id BIGINT NOT NULL REFERENCES supporters(id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    lang TEXT NOT NULL,
    consent_lead BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    confirmed_at BIGINT,
    cancelled_at BIGINT,
    UNIQUE (supporter_id, event_id)
);
CREATE INDEX rsvps_by_event ON rsvps (event_id, status, confirmed_at);

-- An endorsement's contact address as a blind index: at most a few endorsements a day name one
-- address, so the form cannot be used to mail someone again and again.
ALTER TABLE organisations ADD COLUMN contact_bidx BYTEA;
CREATE INDEX organisations_by_contact ON organisations (contact_bidx, created_at);
