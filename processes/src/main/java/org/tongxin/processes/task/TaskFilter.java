package org.tongxin.processes.task;

import java.time.Instant;

/**
 * Narrows a task list. {@code scope} MINE lists tasks assigned to the user, GROUPS unassigned tasks offered to their
 * groups, ALL both; {@code overdue} keeps tasks whose due date has passed; {@code caseIds}, when not null, keeps the
 * tasks of those clues and proposals, including their departments' handlings (what a search by number or title found).
 */
public record TaskFilter(
        Scope scope,
        Instant dueBefore,
        boolean overdue,
        String processKey,
        String businessKey,
        java.util.List<String> caseIds) {

    public enum Scope {
        ALL,
        MINE,
        GROUPS
    }

    public TaskFilter {
        scope = scope == null ? Scope.ALL : scope;
        caseIds = caseIds == null ? null : java.util.List.copyOf(caseIds);
    }

    public TaskFilter(Scope scope, Instant dueBefore, boolean overdue, String processKey, String businessKey) {
        this(scope, dueBefore, overdue, processKey, businessKey, null);
    }

    public static TaskFilter all() {
        return new TaskFilter(Scope.ALL, null, false, null, null);
    }
}
