package org.tongxin.processes.studio;

import java.util.Set;
import java.util.function.Function;
import org.tongxin.processes.task.TaskType;
import org.tongxin.processes.task.TaskTypeRegistry;

/**
 * What the task registry says about process variables: which a task reads, which its completion writes, and which a
 * process is started with.
 */
public record TaskVariables(
        Function<String, Set<String>> needs,
        Function<String, Set<String>> sets,
        Function<String, Set<String>> atStart) {

    /** Nothing known: no task is checked. */
    public static TaskVariables none() {
        return new TaskVariables(key -> Set.of(), key -> Set.of(), key -> Set.of());
    }

    public static TaskVariables of(TaskTypeRegistry registry) {
        return new TaskVariables(
                key -> registry.find(key).map(TaskType::needs).orElse(Set.of()),
                key -> registry.find(key).map(TaskType::sets).orElse(Set.of()),
                registry::startVariables);
    }
}
