-- Facts: series of dated, sourced figures. Points are corrected, never overwritten: the old
-- values go to fact_point_history with who changed them and why.

CREATE TABLE fact_series (
    id INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    unit TEXT NOT NULL,
    currency TEXT,
    headline INTEGER NOT NULL DEFAULT 0,
    position INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX fact_series_by_campaign ON fact_series (campaign_id, position);

CREATE TABLE fact_series_texts (
    series_id INTEGER NOT NULL REFERENCES fact_series(id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    label TEXT NOT NULL,
    place TEXT NOT NULL,
    PRIMARY KEY (series_id, lang)
);

CREATE TABLE fact_points (
    id INTEGER PRIMARY KEY,
    series_id INTEGER NOT NULL REFERENCES fact_series(id) ON DELETE CASCADE,
    day TEXT NOT NULL,
    value TEXT NOT NULL,
    low TEXT,
    qualifier TEXT NOT NULL,
    source_title TEXT NOT NULL,
    source_publisher TEXT NOT NULL,
    source_url TEXT NOT NULL,
    source_published TEXT NOT NULL,
    note TEXT NOT NULL,
    withdrawn INTEGER NOT NULL DEFAULT 0,
    revision INTEGER NOT NULL DEFAULT 1,
    created_at INTEGER NOT NULL,
    created_by INTEGER REFERENCES staff(id) ON DELETE SET NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX fact_points_by_series ON fact_points (series_id, day);

CREATE TABLE fact_point_history (
    id INTEGER PRIMARY KEY,
    point_id INTEGER NOT NULL REFERENCES fact_points(id) ON DELETE CASCADE,
    revision INTEGER NOT NULL,
    day TEXT NOT NULL,
    value TEXT NOT NULL,
    low TEXT,
    qualifier TEXT NOT NULL,
    source_title TEXT NOT NULL,
    source_publisher TEXT NOT NULL,
    source_url TEXT NOT NULL,
    source_published TEXT NOT NULL,
    note TEXT NOT NULL,
    was_withdrawn INTEGER NOT NULL,
    change TEXT NOT NULL,
    reason TEXT NOT NULL,
    changed_at INTEGER NOT NULL,
    changed_by INTEGER REFERENCES staff(id) ON DELETE SET NULL
);
CREATE INDEX fact_point_history_by_point ON fact_point_history (point_id, revision);
