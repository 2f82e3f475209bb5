package org.tongxin.infra.notifications;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * A task listener on every user task of every deployed process, in the engine's transaction: a task created for a
 * person tells them it is theirs ({@link NotificationKind#TASK_ASSIGNED}); one offered to groups tells each of their
 * members ({@link NotificationKind#TASK_NEW}) and the groups' robots. A claim is the claimer's own act and tells
 * nobody. The clue offered for adoption is {@link ClueAdoptionNotifications}' to tell, to its sector and street.
 */
@Component
class TaskNotifications implements ProcessEnginePlugin {

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
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                ((UserTaskActivityBehavior) activity.getActivityBehavior())
                        .getTaskDefinition()
                        .addTaskListener(TaskListener.EVENTNAME_CREATE, TaskNotifications.this::created);
            }
        });
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {}

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {}

    private void created(DelegateTask task) {
        String businessKey = task.getExecution().getProcessBusinessKey();
        String subject = businessKey == null ? "" : businessKey;
        String link = "/tasks/" + task.getId();
        String key = task.getTaskDefinitionKey();
        if (task.getAssignee() != null) {
            outbox.raise(new Notice(
                    NotificationKind.TASK_ASSIGNED,
                    subject,
                    key,
                    link,
                    "task:" + task.getId(),
                    Set.of(task.getAssignee()),
                    Set.of()));
            return;
        }
        Set<String> groups = task.getCandidates().stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .map(IdentityLink::getGroupId)
                .collect(java.util.stream.Collectors.toSet());
        if (ADOPT_CLUE.equals(key)) {
            adoption.published(subject, task.getId(), groups);
            return;
        }
        outbox.raise(new Notice(
                NotificationKind.TASK_NEW,
                subject,
                key,
                link,
                "task:" + task.getId(),
                audience.members(groups),
                groups));
    }
}
