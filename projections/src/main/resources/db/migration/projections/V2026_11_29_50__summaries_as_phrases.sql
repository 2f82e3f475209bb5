-- Summaries of the audit log and of my work are stored as a message key with arguments (JSONB), rendered in the
-- reader's language when read, no longer as Chinese sentences. The handling view gains the texts a task page shows
-- (return reason, contact notes, opinions, replies). All three are projections: emptied here and rebuilt from the
-- event store, because their processors start from the beginning when they have no token.
TRUNCATE audit_entry;
ALTER TABLE audit_entry DROP COLUMN summary;
ALTER TABLE audit_entry ADD COLUMN summary JSONB NOT NULL;

TRUNCATE completed_task;
ALTER TABLE completed_task DROP COLUMN summary;
ALTER TABLE completed_task ADD COLUMN summary JSONB;

TRUNCATE handling_view;

DELETE FROM token_entry WHERE processor_name IN ('audit-log', 'my-work', 'handlings');
DELETE FROM dead_letter_entry WHERE processing_group IN ('audit-log', 'my-work', 'handlings');
