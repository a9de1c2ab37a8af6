-- Browsers a staff member signed in from before (by a hash of the cookie they hold): failed
-- guesses by strangers lock the sign-in name for strangers only, never for these.
CREATE TABLE staff_devices (
    token_hash TEXT PRIMARY KEY,
    staff_id INTEGER NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL
);
