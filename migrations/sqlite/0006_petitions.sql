-- The campaign's lead organisation, named per language: supporters consent to hear from it.
ALTER TABLE campaign_texts ADD COLUMN lead_org TEXT NOT NULL DEFAULT '';

-- Petitions of a campaign, their texts per language, and their signatures.
CREATE TABLE petitions (
    id INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    slug TEXT NOT NULL,
    goal INTEGER NOT NULL,
    -- draft | open | closed
    status TEXT NOT NULL DEFAULT 'draft',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    opened_at INTEGER,
    closed_at INTEGER,
    UNIQUE (campaign_id, slug)
);

CREATE TABLE petition_texts (
    petition_id INTEGER NOT NULL REFERENCES petitions(id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    addressee TEXT NOT NULL DEFAULT '',
    body_md TEXT NOT NULL DEFAULT '',
    body_html TEXT NOT NULL DEFAULT '',
    revision INTEGER NOT NULL DEFAULT 1,
    updated_at INTEGER NOT NULL,
    updated_by INTEGER REFERENCES staff(id) ON DELETE SET NULL,
    PRIMARY KEY (petition_id, lang)
);

-- One signature per person and petition. City and comment are encrypted (bound to this
-- table, column and the random row id); country and language stay in clear for the tallies.
-- There is no counter row: tallies are counted from the (petition, confirmed, country) index,
-- so signatures never queue behind one hot row.
CREATE TABLE signatures (
    id INTEGER PRIMARY KEY,
    petition_id INTEGER NOT NULL REFERENCES petitions(id) ON DELETE CASCADE,
    supporter_id INTEGER NOT NULL REFERENCES supporters(id) ON DELETE CASCADE,
    confirmed INTEGER NOT NULL DEFAULT 0,
    country TEXT NOT NULL,
    lang TEXT NOT NULL,
    city_ct BLOB,
    comment_ct BLOB,
    key_id INTEGER NOT NULL,
    consent_lead INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    confirmed_at INTEGER,
    UNIQUE (supporter_id, petition_id)
);
CREATE INDEX signatures_tally ON signatures (petition_id, confirmed, country);
CREATE INDEX signatures_by_time ON signatures (petition_id, created_at);
CREATE INDEX signatures_pending ON signatures (confirmed, created_at);

-- Every index on a random value costs a random page per insert (and its share of the WAL):
-- key rotation, rare, scans instead; (supporter_id, petition_id) serves lookups by person.
DROP INDEX supporters_by_key;

-- The throttle on confirmation mails: how many went to this person on one UTC day.
ALTER TABLE supporters ADD COLUMN mail_day INTEGER NOT NULL DEFAULT 0;
ALTER TABLE supporters ADD COLUMN mails_that_day INTEGER NOT NULL DEFAULT 0;

-- What staff did with supporters' data (exports first), for coordinators to read.
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    staff_id INTEGER REFERENCES staff(id) ON DELETE SET NULL,
    staff_login TEXT NOT NULL,
    action TEXT NOT NULL,
    campaign_id INTEGER REFERENCES campaigns(id) ON DELETE SET NULL,
    detail TEXT NOT NULL
);
CREATE INDEX audit_log_by_time ON audit_log (at);
