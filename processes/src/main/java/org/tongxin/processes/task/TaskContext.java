package org.tongxin.processes.task;

import java.util.Map;
import org.tongxin.engine.shared.ActorRef;

/** What a task type needs to build its command: the case it is about and who completes it. */
public record TaskContext(String taskId, String businessKey, Map<String, Object> processVariables, ActorRef actor) {

    public TaskContext {
        processVariables = Map.copyOf(processVariables);
    }
}
