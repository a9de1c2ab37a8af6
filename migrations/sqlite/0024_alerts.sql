-- What an alert raised from the watch list will send to supporters once mailings exist: the
-- segment (who) and the message per language. Kept with the action it raised.
ALTER TABLE call_actions ADD COLUMN alert_segment TEXT NOT NULL DEFAULT '';
CREATE TABLE alert_messages (
    action_id INTEGER NOT NULL REFERENCES call_actions(id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    message TEXT NOT NULL,
    PRIMARY KEY (action_id, lang)
);
