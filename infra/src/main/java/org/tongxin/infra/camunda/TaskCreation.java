package org.tongxin.infra.camunda;

import java.util.Set;

/**
 * Told, in the engine's transaction, of every user task created in any deployed process, so a feature can act on a
 * new task (tell its assignee or the members of its groups) without touching Camunda itself. Implementations are
 * Spring beans; {@link TaskCreationListeners} registers them on every user task.
 */
public interface TaskCreation {

    void created(CreatedTask task);

    /**
     * A user task just created.
     *
     * @param taskId the task's id
     * @param taskKey its definition key (its task type)
     * @param businessKey the process instance's business key, "" when it has none
     * @param assignee the person it was created for, or null when it is offered to groups
     * @param candidateGroups the groups it is offered to
     */
    record CreatedTask(
            String taskId, String taskKey, String businessKey, String assignee, Set<String> candidateGroups) {}
}
