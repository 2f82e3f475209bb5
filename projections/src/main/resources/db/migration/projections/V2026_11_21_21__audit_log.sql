-- Audit log (projection group "audit-log"): one row per event, keyed by its global position in the event store.
-- Summaries are written from chosen event fields and never hold a submitter's personal data.
CREATE TABLE audit_entry (
    global_index    BIGINT       PRIMARY KEY,
    occurred_at     TIMESTAMPTZ  NOT NULL,
    actor_id        VARCHAR(64),
    actor_role      VARCHAR(32),
    department      VARCHAR(40),
    aggregate_type  VARCHAR(64)  NOT NULL,
    aggregate_id    VARCHAR(160) NOT NULL,
    sequence_number BIGINT       NOT NULL,
    event_type      VARCHAR(100) NOT NULL,
    summary         TEXT         NOT NULL
);
CREATE INDEX audit_entry_time ON audit_entry (occurred_at);
CREATE INDEX audit_entry_actor ON audit_entry (actor_id, global_index);
CREATE INDEX audit_entry_aggregate ON audit_entry (aggregate_id, global_index);
CREATE INDEX audit_entry_department ON audit_entry (department, global_index);
CREATE INDEX audit_entry_event_type ON audit_entry (event_type, global_index);
