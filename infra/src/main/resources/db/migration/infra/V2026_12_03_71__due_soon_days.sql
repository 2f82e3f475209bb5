-- How many working days before a task's due date its assignee (or its group's members) hear that it falls due: each
-- person chooses; three by default. A day's reminder is one notification per task and threshold (notification_once).
ALTER TABLE notification_preference
    ADD COLUMN due_soon_days INT NOT NULL DEFAULT 3 CONSTRAINT notification_due_soon_days CHECK (due_soon_days BETWEEN 1 AND 20);
