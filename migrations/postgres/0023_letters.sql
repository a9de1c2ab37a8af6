-- Letter actions: a subject and body per language, the decision-makers written to, and how
-- letters reach them: spread over their working hours at most `per_hour` to each, or gathered
-- into one daily digest; `test_mode` sends each letter to its writer instead.
CREATE TABLE letter_actions (
    id BIGINT PRIMARY KEY,
    campaign_id BIGINT NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    mode TEXT NOT NULL,
    per_hour BIGINT NOT NULL,
    day_start BIGINT NOT NULL,
    day_end BIGINT NOT NULL,
    test_mode BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE TABLE letter_texts (
    action_id BIGINT NOT NULL REFERENCES letter_actions(id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (action_id, lang)
);

CREATE TABLE letter_targets (
    action_id BIGINT NOT NULL REFERENCES letter_actions(id) ON DELETE CASCADE,
    target_id BIGINT NOT NULL REFERENCES targets(id) ON DELETE CASCADE,
    PRIMARY KEY (action_id, target_id)
);

-- One letter per writer, decision-maker and action. What the writer wrote, signed with and
-- where they live is theirs: encrypted (bound to this table, column and row id). `batch_id`:
-- the letters of one submission, confirmed by one mailed link. `send_at`: its slot in the
-- decision-maker's queue.
CREATE TABLE letters (
    id BIGINT PRIMARY KEY,
    batch_id BIGINT NOT NULL,
    action_id BIGINT NOT NULL REFERENCES letter_actions(id) ON DELETE CASCADE,
    target_id BIGINT NOT NULL REFERENCES targets(id) ON DELETE CASCADE,
    supporter_id BIGINT NOT NULL REFERENCES supporters(id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    country TEXT NOT NULL,
    subject_ct BYTEA NOT NULL,
    body_ct BYTEA NOT NULL,
    signed_ct BYTEA NOT NULL,
    status TEXT NOT NULL,
    -- The lead organisation's consent box, recorded only when the writer confirms.
    consent_lead BIGINT NOT NULL DEFAULT 0,
    error TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    confirmed_at BIGINT,
    send_at BIGINT,
    sent_at BIGINT,
    UNIQUE (action_id, target_id, supporter_id)
);
CREATE INDEX letters_by_batch ON letters (batch_id);
CREATE INDEX letters_by_target ON letters (target_id, status, send_at);
