-- Camunda scans ACT_RU_TASK by PARENT_TASK_ID_ on every completion and ships no index for it
-- (measured: p50 97 ms without, 10 ms with, at 162k open tasks).
CREATE INDEX act_idx_task_parent_task_id ON act_ru_task (parent_task_id_);
