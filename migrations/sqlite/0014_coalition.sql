-- The coalition: organisations that endorse a campaign (approved ones get a partner page and
-- staff of their own), roles with least privilege, invitations, two-factor sign-in, and the
-- credit and consent an action taken through a partner page gives that partner.

-- An organisation, as it endorsed one campaign. Its name, kind, place and website are public
-- once approved; the contact person's name and email are personal data, encrypted (bound to
-- this table, column and row id).
CREATE TABLE organisations (
    id INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    country TEXT NOT NULL,
    city TEXT NOT NULL DEFAULT '',
    website TEXT NOT NULL DEFAULT '',
    lang TEXT NOT NULL,
    contact_name_ct BLOB NOT NULL,
    contact_email_ct BLOB NOT NULL,
    key_id INTEGER NOT NULL,
    status TEXT NOT NULL,
    referral TEXT NOT NULL UNIQUE,
    logo BLOB,
    age_recipient TEXT,
    reason TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    confirmed_at INTEGER,
    decided_at INTEGER,
    decided_by INTEGER REFERENCES staff(id) ON DELETE SET NULL
);
CREATE INDEX organisations_by_campaign ON organisations (campaign_id, status, country);

-- Per language: the endorsement statement and the partner page.
CREATE TABLE organisation_texts (
    organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    statement TEXT NOT NULL DEFAULT '',
    page_md TEXT NOT NULL DEFAULT '',
    page_html TEXT NOT NULL DEFAULT '',
    call_to_action TEXT NOT NULL DEFAULT '',
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (organisation_id, lang)
);

ALTER TABLE staff ADD COLUMN organisation_id INTEGER REFERENCES organisations(id) ON DELETE CASCADE;
ALTER TABLE staff ADD COLUMN disabled_at INTEGER;
ALTER TABLE staff ADD COLUMN totp_secret_ct BLOB;
ALTER TABLE staff ADD COLUMN totp_last_step INTEGER;
-- A secret shown for enrolment, kept until the first code from it is typed.
ALTER TABLE staff ADD COLUMN totp_pending_ct BLOB;

-- A session opened by the right password of an account with two-factor sign-in stays unusable
-- until the code is typed.
ALTER TABLE sessions ADD COLUMN awaiting_code INTEGER NOT NULL DEFAULT 0;

CREATE TABLE staff_recovery_codes (
    staff_id INTEGER NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
    code_hash TEXT NOT NULL,
    used_at INTEGER,
    PRIMARY KEY (staff_id, code_hash)
);

-- An invitation mailed to a future staff member: the link's token, hashed.
CREATE TABLE staff_invitations (
    token_hash TEXT PRIMARY KEY,
    role TEXT NOT NULL,
    organisation_id INTEGER REFERENCES organisations(id) ON DELETE CASCADE,
    invited_by INTEGER REFERENCES staff(id) ON DELETE SET NULL,
    lang TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    accepted_at INTEGER
);

-- Site-wide settings coordinators change on the web (e.g. two-factor sign-in for all staff).
CREATE TABLE settings (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- A signature taken through a partner page: credited to it, and the partner's own consent box.
ALTER TABLE signatures ADD COLUMN via_org INTEGER REFERENCES organisations(id) ON DELETE SET NULL;
ALTER TABLE signatures ADD COLUMN consent_partner INTEGER NOT NULL DEFAULT 0;

-- What an organisation's staff did, readable by its admins.
ALTER TABLE audit_log ADD COLUMN organisation_id INTEGER REFERENCES organisations(id) ON DELETE SET NULL;
