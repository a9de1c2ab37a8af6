-- Decision-makers a campaign writes to and calls. Name, role and institution in clear (shown
-- publicly when `public`); addresses and numbers encrypted (JSON lists, bound to this table,
-- column and row id). A target's first address is its key when a CSV is imported again (an
-- upsert, never a duplicate): found by decrypting the campaign's targets, a few thousand at most,
-- rather than by a blind index that a key rotation would leave behind.
CREATE TABLE targets (
    id INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT '',
    institution TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL,
    area TEXT NOT NULL DEFAULT '',
    lang TEXT NOT NULL,
    time_zone TEXT NOT NULL,
    emails_ct BLOB NOT NULL,
    phones_ct BLOB NOT NULL,
    key_id INTEGER NOT NULL,
    public INTEGER NOT NULL DEFAULT 0,
    demo INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX targets_by_campaign ON targets (campaign_id, country, name);

CREATE TABLE target_groups (
    id INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    UNIQUE (campaign_id, name)
);

CREATE TABLE target_group_members (
    group_id INTEGER NOT NULL REFERENCES target_groups(id) ON DELETE CASCADE,
    target_id INTEGER NOT NULL REFERENCES targets(id) ON DELETE CASCADE,
    PRIMARY KEY (group_id, target_id)
);
CREATE INDEX target_group_members_by_target ON target_group_members (target_id);
