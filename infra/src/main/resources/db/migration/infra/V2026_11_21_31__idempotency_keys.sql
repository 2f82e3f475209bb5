-- Responses to POSTs that carried an Idempotency-Key, so a retried request gets the first answer instead of a
-- second effect. Keyed per user: one user's key never replays another user's response. status is NULL while the
-- first request is still being processed.
CREATE TABLE idempotency_key (
    principal    VARCHAR(64)   NOT NULL,
    idem_key     VARCHAR(255)  NOT NULL,
    request_hash CHAR(64)      NOT NULL,
    status       INTEGER,
    content_type VARCHAR(255),
    location     VARCHAR(2000),
    body         BYTEA,
    created_at   TIMESTAMPTZ   NOT NULL DEFAULT now(),
    PRIMARY KEY (principal, idem_key)
);

CREATE INDEX idempotency_key_created_at ON idempotency_key (created_at);
