package org.tongxin.processes.task;

import java.util.Objects;
import java.util.Set;
import org.tongxin.engine.shared.ActorRef;

/**
 * The user completing or listing tasks: who they are for the domain, and the candidate groups they belong to for
 * Camunda (role names, and {@code dept:<code>} for department officers).
 */
public record TaskActor(ActorRef actor, Set<String> groups) {

    public TaskActor {
        Objects.requireNonNull(actor, "actor");
        groups = Set.copyOf(groups);
    }

    public String userId() {
        return actor.userId();
    }
}
