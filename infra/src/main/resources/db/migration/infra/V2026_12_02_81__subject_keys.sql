-- Crypto-shredding: one AES key per data subject (a clue's submitter). Erasure sets secret to NULL and keeps the row
-- as the record of when, by whom and why; events that hold the subject's sealed data then read it as erased.
CREATE TABLE subject_key (
    subject      VARCHAR(36)  PRIMARY KEY,
    secret       BYTEA,
    created_at   TIMESTAMPTZ  NOT NULL,
    destroyed_at TIMESTAMPTZ,
    destroyed_by VARCHAR(100),
    reason       VARCHAR(500)
);
