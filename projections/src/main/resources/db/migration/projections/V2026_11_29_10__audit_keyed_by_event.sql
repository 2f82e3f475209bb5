-- The audit log was keyed by the processor's token position, which for an event that commits out of order is the
-- highest position seen so far, not the event's own: two events collided on one key and one of them was dropped.
-- Rows are now keyed by the event's identifier; global_index is the event's own position, read from the event store
-- when the row is written, and only orders the log. Both tables are rebuilt from the event store: the rows written
-- under the old key cannot be told apart from wrong ones, so the two processors start again from the first event.
DROP TABLE audit_entry;
CREATE TABLE audit_entry (
    event_id        VARCHAR(255) PRIMARY KEY,
    global_index    BIGINT       NOT NULL,
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
CREATE INDEX audit_entry_order ON audit_entry (global_index);
CREATE INDEX audit_entry_time ON audit_entry (occurred_at);
CREATE INDEX audit_entry_actor ON audit_entry (actor_id, global_index);
CREATE INDEX audit_entry_aggregate ON audit_entry (aggregate_id, sequence_number);
CREATE INDEX audit_entry_department ON audit_entry (department, global_index);
CREATE INDEX audit_entry_event_type ON audit_entry (event_type, global_index);

TRUNCATE completed_task;
DELETE FROM token_entry WHERE processor_name IN ('audit-log', 'my-work');
DELETE FROM dead_letter_entry WHERE processing_group IN ('audit-log', 'my-work');

-- Axon truncates a dead letter's cause to 1024 characters, one more than the column held.
ALTER TABLE dead_letter_entry ALTER COLUMN cause_message TYPE TEXT;
