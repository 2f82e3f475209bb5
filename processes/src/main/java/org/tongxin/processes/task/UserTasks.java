package org.tongxin.processes.task;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.engine.shared.HandlingId;
import org.tongxin.processes.command.CommandSender;

/**
 * The product's view of Camunda's user tasks. Completing a task is one transaction: the form is validated, the
 * task type's command is sent and handled (events appended), and the task is completed so the process moves on.
 * Any refusal rolls all three back.
 */
@Service
public class UserTasks {

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final TaskTypeRegistry registry;
    private final CommandSender commands;
    private final TaskInbox inbox;
    private final References references;
    private final CommandExecutor engine;

    public UserTasks(
            ProcessEngine processEngine,
            TaskService taskService,
            RuntimeService runtimeService,
            HistoryService historyService,
            TaskTypeRegistry registry,
            CommandSender commands,
            TaskInbox inbox,
            References references) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.registry = registry;
        this.commands = commands;
        this.inbox = inbox;
        this.references = references;
        this.engine = ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired();
    }

    /**
     * Open tasks assigned to the user or offered to one of their groups, earliest due first, from the inbox table
     * (the engine's task query grows with the number of open tasks); single tasks still come from the engine.
     */
    @Transactional(readOnly = true)
    public List<TaskView> list(TaskActor actor, TaskFilter filter, int firstResult, int maxResults) {
        return inbox.list(actor, filter, ClockUtil.getCurrentTime().toInstant(), firstResult, maxResults).stream()
                .map(e -> new TaskView(
                        e.taskId(),
                        e.taskKey(),
                        registry.find(e.taskKey(), variantOf(e.businessKey()))
                                .map(TaskType::name)
                                .orElse(new Label(e.name(), e.name())),
                        e.processKey(),
                        e.businessKey(),
                        e.created(),
                        e.due(),
                        e.assignee(),
                        e.candidateGroups()))
                .toList();
    }

    @Transactional(readOnly = true)
    public TaskView get(String taskId, TaskActor actor) {
        return views(List.of(visibleTask(taskId, actor))).get(0);
    }

    @Transactional(readOnly = true)
    public TaskType typeOf(String taskId, TaskActor actor) {
        return typeOf(visibleTask(taskId, actor));
    }

    @Transactional
    public void complete(String taskId, Map<String, ?> body, TaskActor actor) {
        OpenTask open = openTask(taskId, actor);
        Task task = open.task();
        TaskType type = registry.find(
                        task.getTaskDefinitionKey(), open.variables().get(TaskTypeRegistry.VARIANT_VARIABLE))
                .orElseThrow(
                        () -> new IllegalStateException("no task type registered for " + task.getTaskDefinitionKey()));
        if (!type.completedBy().contains(actor.actor().role())) {
            throw new TaskNotPermitted("the role " + actor.actor().role() + " may not complete " + type.key());
        }
        if (task.getAssignee() != null && !task.getAssignee().equals(actor.userId())) {
            throw new TaskNotPermitted("the task is claimed by another user");
        }
        FormValues values = type.form().validate(body, references);
        TaskContext context = new TaskContext(taskId, open.businessKey(), open.variables(), actor.actor());
        Completion completion = type.command().toCommand(context, values);
        Map<String, Object> metadata = Map.of(
                "taskId",
                taskId,
                "taskKey",
                task.getTaskDefinitionKey(),
                "processInstanceId",
                task.getProcessInstanceId(),
                "origin",
                "task");
        List<Object> events = new ArrayList<>();
        for (Object command : completion.commands()) {
            events.addAll(commands.send(command, metadata));
        }
        try {
            taskService.complete(taskId, completion.variablesAfter(events));
        } catch (OptimisticLockingException e) {
            throw new TaskConflict("the task was changed by another request at the same time", true, e);
        }
    }

    @Transactional
    public void claim(String taskId, TaskActor actor) {
        Task task = visibleTask(taskId, actor);
        if (task.getAssignee() != null && !task.getAssignee().equals(actor.userId())) {
            throw new TaskConflict("the task is claimed by another user", false, null);
        }
        try {
            taskService.claim(taskId, actor.userId());
        } catch (TaskAlreadyClaimedException e) {
            throw new TaskConflict("the task is claimed by another user", false, e);
        } catch (OptimisticLockingException e) {
            throw new TaskConflict("the task was changed by another request at the same time", true, e);
        }
    }

    @Transactional
    public void unclaim(String taskId, TaskActor actor) {
        Task task = visibleTask(taskId, actor);
        if (task.getAssignee() == null || !task.getAssignee().equals(actor.userId())) {
            throw new TaskNotPermitted("only the user who claimed the task can release it");
        }
        try {
            taskService.setAssignee(taskId, null);
        } catch (OptimisticLockingException e) {
            throw new TaskConflict("the task was changed by another request at the same time", true, e);
        }
    }

    private TaskQuery visibleTo(TaskActor actor) {
        TaskQuery query = taskService.createTaskQuery().active();
        if (actor.groups().isEmpty()) {
            return query.taskAssignee(actor.userId());
        }
        return query.or()
                .taskAssignee(actor.userId())
                .taskCandidateGroupIn(List.copyOf(actor.groups()))
                .includeAssignedTasks()
                .endOr();
    }

    /** An open task with what its completion reads: its process's business key and the variables its execution sees. */
    private record OpenTask(Task task, String businessKey, Map<String, Object> variables) {}

    /**
     * The task as {@link #visibleTask} finds it, with its business key and variables, read in one engine command: the
     * task, its identity links, its execution and the variables come from one entity cache, where a task query, a
     * variable lookup for the variant, a process-instance query and the variables each opened their own command and
     * read the execution again (ADR 38).
     */
    private OpenTask openTask(String taskId, TaskActor actor) {
        OpenTask open = engine.execute(commandContext -> {
            TaskEntity task = commandContext.getTaskManager().findTaskById(taskId);
            if (task == null || task.isSuspended() || !visibleTo(task, actor)) {
                return null;
            }
            ExecutionEntity execution = task.getExecution();
            if (execution == null) {
                return new OpenTask(task, null, Map.of());
            }
            return new OpenTask(task, execution.getProcessBusinessKey(), new HashMap<>(execution.getVariables()));
        });
        if (open == null) {
            if (wasOpenTo(taskId, actor)) {
                throw new TaskAlreadyCompleted(taskId);
            }
            throw new TaskNotFound(taskId);
        }
        return open;
    }

    /** The rule of {@link #visibleTo(TaskActor)}'s query for one task already read. */
    private static boolean visibleTo(TaskEntity task, TaskActor actor) {
        if (actor.userId().equals(task.getAssignee())) {
            return true;
        }
        return !actor.groups().isEmpty()
                && task.getIdentityLinks().stream()
                        .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType())
                                && link.getGroupId() != null
                                && actor.groups().contains(link.getGroupId()));
    }

    private Task visibleTask(String taskId, TaskActor actor) {
        Task task = visibleTo(actor).taskId(taskId).singleResult();
        if (task == null) {
            if (wasOpenTo(taskId, actor)) {
                throw new TaskAlreadyCompleted(taskId);
            }
            throw new TaskNotFound(taskId);
        }
        return task;
    }

    /**
     * A finished task the actor could have seen while it was open: assigned to them, or offered to one of their
     * groups. Anyone else still gets {@link TaskNotFound}.
     */
    private boolean wasOpenTo(String taskId, TaskActor actor) {
        HistoricTaskInstance done = historyService
                .createHistoricTaskInstanceQuery()
                .taskId(taskId)
                .finished()
                .singleResult();
        if (done == null || !"completed".equals(done.getDeleteReason())) {
            return false;
        }
        if (actor.userId().equals(done.getAssignee())) {
            return true;
        }
        return historyService.createHistoricIdentityLinkLogQuery().taskId(taskId).list().stream()
                .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType())
                        && link.getGroupId() != null
                        && actor.groups().contains(link.getGroupId()));
    }

    /**
     * The variant a list row is named by, read off its business key: a department handling's key is a handling id,
     * which carries the handled item's kind (stable through reassignments). Lists show names only; a task's form and
     * its completion take the variant from the process variable ({@link #typeOf}).
     */
    private static String variantOf(String businessKey) {
        return businessKey != null && HandlingId.isHandlingId(businessKey)
                ? new HandlingId(businessKey).sourceKind().name()
                : null;
    }

    private TaskType typeOf(Task task) {
        return registry.find(
                        task.getTaskDefinitionKey(),
                        runtimeService.getVariable(task.getExecutionId(), TaskTypeRegistry.VARIANT_VARIABLE))
                .orElseThrow(
                        () -> new IllegalStateException("no task type registered for " + task.getTaskDefinitionKey()));
    }

    private List<TaskView> views(List<Task> tasks) {
        Map<String, String> businessKeys = businessKeys(tasks);
        return tasks.stream()
                .map(task -> new TaskView(
                        task.getId(),
                        task.getTaskDefinitionKey(),
                        registry.find(
                                        task.getTaskDefinitionKey(),
                                        variantOf(businessKeys.get(task.getProcessInstanceId())))
                                .map(TaskType::name)
                                .orElse(new Label(task.getName(), task.getName())),
                        processKey(task.getProcessDefinitionId()),
                        businessKeys.get(task.getProcessInstanceId()),
                        task.getCreateTime() == null
                                ? null
                                : task.getCreateTime().toInstant(),
                        task.getDueDate() == null ? null : task.getDueDate().toInstant(),
                        task.getAssignee(),
                        candidateGroups(task.getId())))
                .toList();
    }

    private List<String> candidateGroups(String taskId) {
        return taskService.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId)
                .sorted()
                .toList();
    }

    private Map<String, String> businessKeys(Collection<Task> tasks) {
        Set<String> ids = tasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return Map.of();
        }
        return runtimeService.createProcessInstanceQuery().processInstanceIds(ids).list().stream()
                .filter(pi -> pi.getBusinessKey() != null)
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
    }

    /** Camunda's definition ids are {@code key:version:id}. */
    private static String processKey(String processDefinitionId) {
        int colon = processDefinitionId.indexOf(':');
        return colon < 0 ? processDefinitionId : processDefinitionId.substring(0, colon);
    }
}
