-- A coordinator can hide a comment from the petition page (the hiding is written to the audit
-- log); the signature still counts.
ALTER TABLE signatures ADD COLUMN comment_hidden BIGINT NOT NULL DEFAULT 0;
