package org.tongxin.infra.notifications;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.tongxin.infra.camunda.TaskCreation;

/**
 * Told of every user task created in any deployed process, in the engine's transaction: a task created for a
 * person tells them it is theirs ({@link NotificationKind#TASK_ASSIGNED}); one offered to groups tells each of their
 * members ({@link NotificationKind#TASK_NEW}) and the groups' robots. A claim is the claimer's own act and tells
 * nobody. The clue offered for adoption is {@link ClueAdoptionNotifications}' to tell, to its sector and street.
 */
@Component
class TaskNotifications implements TaskCreation {

    static final String ADOPT_CLUE = "Task_AdoptClue";

    private final NotificationOutbox outbox;
    private final Audience audience;
    private final ClueAdoptionNotifications adoption;

    TaskNotifications(NotificationOutbox outbox, Audience audience, ClueAdoptionNotifications adoption) {
        this.outbox = outbox;
        this.audience = audience;
        this.adoption = adoption;
    }

    @Override
    public void created(CreatedTask task) {
        String subject = task.businessKey();
        String link = "/tasks/" + task.taskId();
        String key = task.taskKey();
        if (task.assignee() != null) {
            outbox.raise(new Notice(
                    NotificationKind.TASK_ASSIGNED,
                    subject,
                    key,
                    link,
                    "task:" + task.taskId(),
                    Set.of(task.assignee()),
                    Set.of()));
            return;
        }
        Set<String> groups = task.candidateGroups();
        if (ADOPT_CLUE.equals(key)) {
            adoption.published(subject, task.taskId(), groups);
            return;
        }
        outbox.raise(new Notice(
                NotificationKind.TASK_NEW,
                subject,
                key,
                link,
                "task:" + task.taskId(),
                audience.members(groups),
                groups));
    }
}
