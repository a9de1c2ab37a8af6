-- Own-page links carry the epoch they were made in: ending them (the own page's button) moves
-- the epoch on, and every link mailed before stops working.
ALTER TABLE supporters ADD COLUMN link_epoch BIGINT NOT NULL DEFAULT 0;
