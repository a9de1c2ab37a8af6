-- Call actions: a script per language and the decision-makers to call. Supporters report how a
-- call went; nothing about the caller is kept (no number, no name, no address), only the
-- outcome and, if they give it, their country, for the tallies.
CREATE TABLE call_actions (
    id BIGINT PRIMARY KEY,
    campaign_id BIGINT NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    watch_item_id BIGINT REFERENCES watch_items(id) ON DELETE SET NULL,
    raised_at BIGINT,
    live_at BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX call_actions_by_campaign ON call_actions (campaign_id, status);

CREATE TABLE call_texts (
    action_id BIGINT NOT NULL REFERENCES call_actions(id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    title TEXT NOT NULL,
    script_md TEXT NOT NULL,
    script_html TEXT NOT NULL,
    PRIMARY KEY (action_id, lang)
);

CREATE TABLE call_targets (
    action_id BIGINT NOT NULL REFERENCES call_actions(id) ON DELETE CASCADE,
    target_id BIGINT NOT NULL REFERENCES targets(id) ON DELETE CASCADE,
    PRIMARY KEY (action_id, target_id)
);

CREATE TABLE call_reports (
    id BIGINT PRIMARY KEY,
    action_id BIGINT NOT NULL REFERENCES call_actions(id) ON DELETE CASCADE,
    target_id BIGINT NOT NULL REFERENCES targets(id) ON DELETE CASCADE,
    outcome TEXT NOT NULL,
    country TEXT,
    created_at BIGINT NOT NULL
);
CREATE INDEX call_reports_by_action ON call_reports (action_id, target_id);
CREATE INDEX call_reports_by_target ON call_reports (target_id);
