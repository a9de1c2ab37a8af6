-- Which keys this database's data is encrypted with: a check value per key (a keyed hash of a
-- constant: it identifies the key without revealing it), and whether a rotation retired it.
-- A process whose key file does not match refuses to start.
CREATE TABLE key_register (
    key_id BIGINT PRIMARY KEY,
    check_value TEXT NOT NULL,
    retired BIGINT NOT NULL DEFAULT 0
);
