package org.tongxin.processes.task;

import java.util.Objects;
import java.util.Set;
import org.tongxin.engine.shared.Role;

/**
 * A user task as the product knows it, keyed by the BPMN element id: its name, form, the roles that may complete
 * it (on top of Camunda's candidate groups) and the command it becomes.
 */
public record TaskType(String key, Label name, FormDefinition form, Set<Role> completedBy, TaskCommand command) {

    public TaskType {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(command, "command");
        completedBy = Set.copyOf(completedBy);
    }
}
