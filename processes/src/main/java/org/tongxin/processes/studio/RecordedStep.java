package org.tongxin.processes.studio;

import java.util.Map;
import java.util.Objects;

/**
 * One thing that happened in a recorded case, in order: a task completed with the variables its completion set, a
 * message that arrived, a timer that fired. {@code businessKey} names the process instance it happened in (a
 * department's handling has its own), {@code name} the step as the diagram wrote it.
 */
public record RecordedStep(
        Kind kind, String activityId, String name, String businessKey, Map<String, Object> variables) {

    public enum Kind {
        TASK,
        MESSAGE,
        TIMER
    }

    public RecordedStep {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(activityId, "activityId");
        variables = variables == null
                ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.HashMap<>(variables));
    }
}
