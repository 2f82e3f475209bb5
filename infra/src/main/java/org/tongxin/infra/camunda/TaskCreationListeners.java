package org.tongxin.infra.camunda;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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
 * Puts a create listener on every user task of every process the engine parses and hands each created task, as a
 * plain {@link TaskCreation.CreatedTask}, to every {@link TaskCreation} bean, in the engine's transaction.
 */
@Component
class TaskCreationListeners implements ProcessEnginePlugin {

    private final List<TaskCreation> listeners;

    TaskCreationListeners(List<TaskCreation> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (listeners.isEmpty()) {
            return;
        }
        List<BpmnParseListener> parseListeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        parseListeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                ((UserTaskActivityBehavior) activity.getActivityBehavior())
                        .getTaskDefinition()
                        .addTaskListener(TaskListener.EVENTNAME_CREATE, TaskCreationListeners.this::created);
            }
        });
        configuration.setCustomPostBPMNParseListeners(parseListeners);
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {}

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {}

    private void created(DelegateTask task) {
        String businessKey = task.getExecution().getProcessBusinessKey();
        Set<String> groups = task.getCandidates().stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .map(IdentityLink::getGroupId)
                .collect(Collectors.toSet());
        TaskCreation.CreatedTask created = new TaskCreation.CreatedTask(
                task.getId(),
                task.getTaskDefinitionKey(),
                businessKey == null ? "" : businessKey,
                task.getAssignee(),
                groups);
        listeners.forEach(l -> l.created(created));
    }
}
