-- Supporters: one person per normalised email. Personal data is stored only encrypted
-- (XChaCha20-Poly1305, bound to table, column and row id); the email is found through a
-- 64-bit keyed blind index. Country and language stay in clear, for tallies and routing.
CREATE TABLE supporters (
    id INTEGER PRIMARY KEY,
    email_bidx BLOB NOT NULL,
    email_ct BLOB NOT NULL,
    name_ct BLOB,
    key_id INTEGER NOT NULL,
    country TEXT,
    lang TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX supporters_by_email ON supporters (email_bidx);
CREATE INDEX supporters_by_key ON supporters (key_id);

-- One row per blind-index value: locking it serialises two sign-ups of the same email (or of
-- two emails whose truncated indexes collide), on every engine, without advisory locks.
CREATE TABLE email_slots (
    bidx BLOB PRIMARY KEY
);

-- The consent a supporter gave (or withdrew) to hear from an organisation, as it stands...
CREATE TABLE consents (
    supporter_id INTEGER NOT NULL REFERENCES supporters(id) ON DELETE CASCADE,
    org TEXT NOT NULL,
    granted INTEGER NOT NULL,
    source TEXT NOT NULL,
    lang TEXT NOT NULL,
    changed_at INTEGER NOT NULL,
    PRIMARY KEY (supporter_id, org)
);

-- ...and every change of it, with when, where and in which language.
CREATE TABLE consent_events (
    id INTEGER PRIMARY KEY,
    supporter_id INTEGER NOT NULL REFERENCES supporters(id) ON DELETE CASCADE,
    org TEXT NOT NULL,
    granted INTEGER NOT NULL,
    source TEXT NOT NULL,
    lang TEXT NOT NULL,
    at INTEGER NOT NULL
);
CREATE INDEX consent_events_by_supporter ON consent_events (supporter_id, at);
