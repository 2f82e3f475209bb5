package org.tongxin.processes.task;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import org.tongxin.engine.shared.ActorRef;

/** What a task type needs to build its command: the case it is about and who completes it. */
public record TaskContext(String taskId, String businessKey, Map<String, Object> processVariables, ActorRef actor) {

    public TaskContext {
        // Process variables may hold nulls (a lead handling has no lead), which Map.copyOf refuses.
        processVariables = Collections.unmodifiableMap(new HashMap<>(processVariables));
    }
}
