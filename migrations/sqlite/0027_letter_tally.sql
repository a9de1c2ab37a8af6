-- Letters delivered, counted apart from the letters themselves: a writer who erases
-- themselves takes their letters with them (what they wrote, and that they wrote it), but a
-- letter that reached a decision-maker stays counted. Counts only: no person, no text.
CREATE TABLE letter_tally (
    action_id INTEGER NOT NULL REFERENCES letter_actions(id) ON DELETE CASCADE,
    target_id INTEGER NOT NULL REFERENCES targets(id) ON DELETE CASCADE,
    country TEXT NOT NULL,
    sent INTEGER NOT NULL,
    PRIMARY KEY (action_id, target_id, country)
);
CREATE INDEX letter_tally_by_target ON letter_tally (target_id);
INSERT INTO letter_tally (action_id, target_id, country, sent)
    SELECT action_id, target_id, country, COUNT(*) FROM letters WHERE status = 'sent' GROUP BY action_id, target_id, country;
