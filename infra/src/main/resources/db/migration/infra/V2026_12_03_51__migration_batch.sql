-- A migration run as a Camunda batch: which cases it sent (the engine names them only inside its job configuration)
-- and which it could not send, with who started it, so its page and API can report each case while it runs and after.
-- recorded_at is set once, when the finished batch is recorded in the process's design record for the audit log.
CREATE TABLE migration_batch (
    batch_id             TEXT        PRIMARY KEY,
    process_key          TEXT        NOT NULL,
    from_version         INT         NOT NULL,
    to_version           INT         NOT NULL,
    target_definition_id TEXT        NOT NULL,
    -- JSON: the cases sent [{id, businessKey, activityIds, unmapped}] and the outcomes of those not sent
    sent                 TEXT        NOT NULL,
    not_sent             TEXT        NOT NULL,
    started_by           TEXT        NOT NULL,
    started_at           TIMESTAMPTZ NOT NULL,
    recorded_at          TIMESTAMPTZ
);
CREATE INDEX migration_batch_by_key ON migration_batch (process_key, started_at DESC);
