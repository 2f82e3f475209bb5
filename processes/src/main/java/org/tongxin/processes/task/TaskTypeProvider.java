package org.tongxin.processes.task;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Contributed by each process descriptor: the task types of its BPMN. */
public interface TaskTypeProvider {

    List<TaskType> taskTypes();

    /**
     * Task types that replace {@link #taskTypes()}' type of the same key where the task's process names
     * {@code variant} in its {@link TaskTypeRegistry#VARIANT_VARIABLE}: a department's reply to an instruction has no
     * outcome class, a proposal's has.
     */
    default Map<String, List<TaskType>> variants() {
        return Map.of();
    }

    /**
     * The process variables each of this provider's processes is started with, by process key: what every step may
     * read from the start.
     */
    default Map<String, Set<String>> startVariables() {
        return Map.of();
    }
}
