-- Form tokens already used (their hashes), so that a public form cannot be replayed; rows go
-- when the token would have expired anyway.
CREATE TABLE used_form_tokens (
    token_hash TEXT PRIMARY KEY,
    expires_at BIGINT NOT NULL
);
CREATE INDEX used_form_tokens_expiry ON used_form_tokens (expires_at);
