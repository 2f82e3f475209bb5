package org.tongxin.processes.task;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What completing a task does: the commands for the domain, sent in order in one transaction, and the variables
 * handed to the process — fixed ones, and ones read off the events the commands caused (a due date the domain
 * computed, the id of a new handling). Only references, dates and decision codes go into variables, never personal
 * data or domain objects.
 */
public record Completion(
        List<Object> commands, Map<String, Object> variables, Function<List<Object>, Map<String, Object>> fromEvents) {

    public Completion {
        commands = List.copyOf(commands);
        if (commands.isEmpty()) {
            throw new IllegalArgumentException("a task completion sends at least one command");
        }
        variables = Map.copyOf(variables);
        Objects.requireNonNull(fromEvents, "fromEvents");
    }

    public Completion(Object command, Map<String, Object> variables) {
        this(List.of(command), variables, events -> Map.of());
    }

    public static Completion of(Object... commands) {
        return new Completion(List.of(commands), Map.of(), events -> Map.of());
    }

    public Completion with(Map<String, Object> more) {
        Map<String, Object> all = new HashMap<>(variables);
        all.putAll(more);
        return new Completion(commands, all, fromEvents);
    }

    public Completion withEventVariables(Function<List<Object>, Map<String, Object>> reader) {
        return new Completion(commands, variables, reader);
    }

    /** The variables to complete the task with, given the events its commands caused. */
    public Map<String, Object> variablesAfter(List<Object> events) {
        Map<String, Object> all = new HashMap<>(variables);
        all.putAll(fromEvents.apply(events));
        return all;
    }
}
