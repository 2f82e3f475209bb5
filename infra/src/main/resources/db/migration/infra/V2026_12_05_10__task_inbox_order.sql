-- The inbox lists its rows ORDER BY due_at ASC NULLS LAST, created_at, task_id and stops after a page. An index on
-- due_at alone hands the rows over by due_at only, and a due date is the end of a day: every task of a day has the
-- same one, so the planner read and sorted the whole day (86,400 offered tasks, 178 ms) to find the first 100. With
-- the full order in the index the walk stops after the page (0.2 ms); both replace the indexes they extend.
CREATE INDEX task_inbox_order ON task_inbox (due_at, created_at, task_id);
CREATE INDEX task_inbox_assignee_order ON task_inbox (assignee, due_at, created_at, task_id);
DROP INDEX task_inbox_due;
DROP INDEX task_inbox_assignee_due;
