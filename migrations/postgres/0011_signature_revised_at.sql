-- When a signature's details (its revision) were last written, and when a person last
-- unsubscribed from everything: an unsubscribe after the details were typed wins over the
-- box ticked with them.
ALTER TABLE signatures ADD COLUMN revised_at BIGINT;
ALTER TABLE supporters ADD COLUMN unsubscribed_at BIGINT;
