-- The content-addressed store of attachment bytes (ADR 0020): one row per distinct content, keyed by its SHA-256, so
-- the same photo sent twice is kept once. Written by the command side in the transaction that records the attachment
-- event; not a read model, never cleared by a replay.
CREATE TABLE attachment_blob (
    digest    CHAR(64)    PRIMARY KEY,
    bytes     BYTEA       NOT NULL,
    size      BIGINT      NOT NULL,
    stored_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
