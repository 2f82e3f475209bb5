-- integrity (ADR 29): the hash chain over domain_event_entry, sealed after the fact by ChainSealer.
-- No foreign key to the event table: a seal must outlive a deleted event row to say that it was deleted.
CREATE TABLE event_seal (
    global_index     BIGINT       PRIMARY KEY,
    event_identifier VARCHAR(255) NOT NULL UNIQUE,
    algorithm        VARCHAR(16)  NOT NULL,
    digest           BYTEA        NOT NULL,
    sealed_at        TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- The highest position seen by the sealer's last look and the transaction horizon at that moment: positions up to
-- it are final once every transaction then in progress has ended (no gap below it can still fill).
CREATE TABLE event_chain_horizon (
    id            SMALLINT    PRIMARY KEY CHECK (id = 1),
    up_to         BIGINT      NOT NULL,
    snapshot_xmax BIGINT      NOT NULL,
    observed_at   TIMESTAMPTZ NOT NULL
);

-- A signed statement "the chain up to this position has this digest".
CREATE TABLE event_chain_checkpoint (
    up_to        BIGINT      PRIMARY KEY,
    algorithm    VARCHAR(16) NOT NULL,
    digest       BYTEA       NOT NULL,
    signed_at_ms BIGINT      NOT NULL,
    signature    BYTEA       NOT NULL,
    public_key   BYTEA       NOT NULL
);

-- Only on the embedded (demo/dev) database, where no key is configured: the generated SM2 key, kept across restarts.
CREATE TABLE integrity_signing_key (
    id          SMALLINT    PRIMARY KEY CHECK (id = 1),
    private_key BYTEA       NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
