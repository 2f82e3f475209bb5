-- Personal access tokens (ADR 0024): only the SHA-256 digest of the secret is kept, so a copy of this table opens
-- nothing. The facts people must see (issued, revoked, by whom) are events of the AccessToken aggregate; this row
-- is what a request is authenticated against, written in the same transaction as the event.
CREATE TABLE access_token (
    token_id     UUID         PRIMARY KEY,
    digest       BYTEA        NOT NULL UNIQUE,
    owner        VARCHAR(64)  NOT NULL REFERENCES app_user (username),
    name         VARCHAR(240) NOT NULL,
    scope        VARCHAR(16)  NOT NULL CHECK (scope IN ('READ', 'WRITE')),
    issued_at    TIMESTAMPTZ  NOT NULL,
    expires_at   TIMESTAMPTZ  NOT NULL,
    last_used_at TIMESTAMPTZ,
    revoked_at   TIMESTAMPTZ
);

CREATE INDEX access_token_by_owner ON access_token (owner, issued_at DESC);
