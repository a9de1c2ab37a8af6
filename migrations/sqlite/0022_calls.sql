-- Call actions: a script per language and the decision-makers to call. Supporters report how a
-- call went; nothing about the caller is kept (no number, no name, no address), only the
-- outcome and, if they give it, their country, for the tallies.
CREATE TABLE call_actions (
    id INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    watch_item_id INTEGER REFERENCES watch_items(id) ON DELETE SET NULL,
    raised_at INTEGER,
    live_at INTEGER,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX call_actions_by_campaign ON call_actions (campaign_id, status);

CREATE TABLE call_texts (
    action_id INTEGER NOT NULL REFERENCES call_actions(id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    title TEXT NOT NULL,
    script_md TEXT NOT NULL,
    script_html TEXT NOT NULL,
    PRIMARY KEY (action_id, lang)
);

CREATE TABLE call_targets (
    action_id INTEGER NOT NULL REFERENCES call_actions(id) ON DELETE CASCADE,
    target_id INTEGER NOT NULL REFERENCES targets(id) ON DELETE CASCADE,
    PRIMARY KEY (action_id, target_id)
);

CREATE TABLE call_reports (
    id INTEGER PRIMARY KEY,
    action_id INTEGER NOT NULL REFERENCES call_actions(id) ON DELETE CASCADE,
    target_id INTEGER NOT NULL REFERENCES targets(id) ON DELETE CASCADE,
    outcome TEXT NOT NULL,
    country TEXT,
    created_at INTEGER NOT NULL
);
CREATE INDEX call_reports_by_action ON call_reports (action_id, target_id);
CREATE INDEX call_reports_by_target ON call_reports (target_id);
