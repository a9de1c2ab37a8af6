-- A letter confirmed while its action was in test mode goes to its writer, never to the
-- decision-maker, whatever the action's mode when it is sent; it counts in no tally.
ALTER TABLE letters ADD COLUMN test INTEGER NOT NULL DEFAULT 0;
