package org.tongxin.processes.task;

import java.time.Instant;

/**
 * Narrows a task list. {@code scope} MINE lists tasks assigned to the user, GROUPS unassigned tasks offered to their
 * groups, ALL both; {@code overdue} keeps tasks whose due date has passed.
 */
public record TaskFilter(Scope scope, Instant dueBefore, boolean overdue, String processKey, String businessKey) {

    public enum Scope {
        ALL,
        MINE,
        GROUPS
    }

    public TaskFilter {
        scope = scope == null ? Scope.ALL : scope;
    }

    public static TaskFilter all() {
        return new TaskFilter(Scope.ALL, null, false, null, null);
    }
}
