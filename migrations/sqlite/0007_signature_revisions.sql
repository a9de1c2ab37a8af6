-- A pending signature's details change when its email signs again; each change gets a new
-- revision, and a confirmation link confirms only the revision it was mailed for.
ALTER TABLE signatures ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
