package org.tongxin.processes.task;

import java.time.Instant;
import java.util.List;

/**
 * The open tasks as a table kept in step with the engine (in the same transaction), so listing a user's inbox is
 * an indexed query, not the engine's task query, which grows with the number of open tasks.
 */
public interface TaskInbox {

    /** One open task: what the lists show. */
    record Entry(
            String taskId,
            String taskKey,
            String name,
            String processKey,
            String businessKey,
            String assignee,
            List<String> candidateGroups,
            Instant created,
            Instant due) {}

    List<Entry> list(TaskActor actor, TaskFilter filter, Instant now, int firstResult, int maxResults);
}
