-- A letter action can be an alert raised from a watch item, like a call action: the item, and
-- when the alert was raised and went live.
ALTER TABLE letter_actions ADD COLUMN watch_item_id BIGINT REFERENCES watch_items(id) ON DELETE SET NULL;
ALTER TABLE letter_actions ADD COLUMN raised_at BIGINT;
ALTER TABLE letter_actions ADD COLUMN live_at BIGINT;
