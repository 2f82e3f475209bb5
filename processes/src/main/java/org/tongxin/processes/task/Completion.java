package org.tongxin.processes.task;

import java.util.Map;
import java.util.Objects;

/**
 * What completing a task does: the command for the domain and the routing variables handed to the process. Only
 * references and decision codes go into variables, never personal data or domain objects.
 */
public record Completion(Object command, Map<String, Object> variables) {

    public Completion {
        Objects.requireNonNull(command, "command");
        variables = Map.copyOf(variables);
    }
}
