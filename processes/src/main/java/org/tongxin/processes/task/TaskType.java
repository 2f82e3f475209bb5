package org.tongxin.processes.task;

import java.util.Objects;
import java.util.Set;
import org.tongxin.engine.shared.Role;

/**
 * A user task as the product knows it, keyed by the BPMN element id: its name, form, the roles that may complete
 * it (on top of Camunda's candidate groups) and the command it becomes. {@code needs} names the process variables
 * its form and command read (a handling's id), {@code sets} the ones its completion always writes (a decision code):
 * the studio checks that every task of a draft comes after a step that sets what it needs.
 */
public record TaskType(
        String key,
        Label name,
        FormDefinition form,
        Set<Role> completedBy,
        TaskCommand command,
        Set<String> needs,
        Set<String> sets) {

    public TaskType {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(command, "command");
        completedBy = Set.copyOf(completedBy);
        needs = needs == null ? Set.of() : Set.copyOf(needs);
        sets = sets == null ? Set.of() : Set.copyOf(sets);
    }

    public TaskType(String key, Label name, FormDefinition form, Set<Role> completedBy, TaskCommand command) {
        this(key, name, form, completedBy, command, Set.of(), Set.of());
    }

    /** The same type, reading these process variables. */
    public TaskType needing(String... variables) {
        return new TaskType(key, name, form, completedBy, command, Set.of(variables), sets);
    }

    /** The same type, its completion writing these process variables. */
    public TaskType setting(String... variables) {
        return new TaskType(key, name, form, completedBy, command, needs, Set.of(variables));
    }
}
