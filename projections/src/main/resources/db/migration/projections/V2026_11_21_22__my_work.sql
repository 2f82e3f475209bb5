-- My work (projection group "my-work"): every task a user completed, one row per task, described by the first event
-- it caused (lowest global position, so replay and live agree whatever order segments run in).
CREATE TABLE completed_task (
    task_id        VARCHAR(64)  PRIMARY KEY,
    position       BIGINT       NOT NULL,
    task_key       VARCHAR(100),
    actor_id       VARCHAR(64)  NOT NULL,
    actor_role     VARCHAR(32),
    department     VARCHAR(40),
    aggregate_type VARCHAR(64),
    aggregate_id   VARCHAR(160),
    event_type     VARCHAR(100) NOT NULL,
    summary        TEXT,
    completed_at   TIMESTAMPTZ  NOT NULL
);
CREATE INDEX completed_task_actor ON completed_task (actor_id, completed_at DESC);
