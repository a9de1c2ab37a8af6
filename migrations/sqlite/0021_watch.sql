-- The watch list: efforts to support or legitimise the regime, dated, placed, described per
-- language, sourced, and linked to the decision-makers responsible.
CREATE TABLE watch_items (
    id INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    starts_on TEXT NOT NULL,
    ends_on TEXT,
    place TEXT NOT NULL DEFAULT '',
    country TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX watch_items_by_campaign ON watch_items (campaign_id, starts_on);

CREATE TABLE watch_texts (
    item_id INTEGER NOT NULL REFERENCES watch_items(id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    title TEXT NOT NULL,
    description_md TEXT NOT NULL DEFAULT '',
    description_html TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (item_id, lang)
);

CREATE TABLE watch_sources (
    item_id INTEGER NOT NULL REFERENCES watch_items(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    publisher TEXT NOT NULL DEFAULT '',
    url TEXT NOT NULL,
    published TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (item_id, position)
);

CREATE TABLE watch_people (
    item_id INTEGER NOT NULL REFERENCES watch_items(id) ON DELETE CASCADE,
    target_id INTEGER NOT NULL REFERENCES targets(id) ON DELETE CASCADE,
    PRIMARY KEY (item_id, target_id)
);
CREATE INDEX watch_people_by_target ON watch_people (target_id);
