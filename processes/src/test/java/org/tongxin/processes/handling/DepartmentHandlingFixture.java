package org.tongxin.processes.handling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongxin.processes.handling.DepartmentHandlingProcess.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.tongxin.engine.handling.HandlingOpened;
import org.tongxin.engine.handling.HandlingReplied;
import org.tongxin.engine.handling.OpenHandling;
import org.tongxin.engine.handling.Rehandle;
import org.tongxin.engine.handling.RehandleStarted;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.HandlingId;
import org.tongxin.engine.shared.HandlingRole;
import org.tongxin.engine.shared.OutcomeClass;
import org.tongxin.processes.deadline.Deadlines;
import org.tongxin.processes.proposal.ProposalLifecycleProcess;
import org.tongxin.processes.testing.ProcessEngineFixture;
import org.tongxin.processes.testing.RecordingCommands;

/**
 * Everything a {@code department-handling} engine test sets up, in one place: the delegates on a recording command
 * side that answers like the domain (opening and re-handling return their dates), the variables the proposal's call
 * hands over, and helpers to complete tasks and fire timers.
 */
final class DepartmentHandlingFixture {

    static final String PROPOSAL = "5f0c1e2d-3b4a-4c5d-8e6f-7a8b9c0d1e2f";
    static final String HANDLING = PROPOSAL + "/transport/1";
    static final String DEPARTMENT = "transport";
    static final List<String> EVALUATORS = List.of("member", "member2");
    static final LocalDate ASSIGNED_ON = LocalDate.parse("2026-06-01");
    static final LocalDate RETURN_WINDOW_ENDS = LocalDate.parse("2026-06-08");
    static final LocalDate PRE_CONTACT_DUE = LocalDate.parse("2026-06-15");
    static final LocalDate REPLY_DUE = LocalDate.parse("2026-09-01");
    static final LocalDate REMINDER_ON = LocalDate.parse("2026-08-25");
    static final LocalDate EVALUATION_WINDOW_ENDS = LocalDate.parse("2026-09-30");
    static final LocalDate REHANDLE_REPLY_DUE = LocalDate.parse("2026-11-02");
    static final LocalDate REHANDLE_REMINDER_ON = LocalDate.parse("2026-10-26");
    static final Instant NOW = Instant.parse("2026-06-01T02:00:00Z");

    final Deadlines deadlines = ProcessEngineFixture.deadlines();
    /** The co-handlers' opinion date as the domain computes it from the assignment day. */
    final LocalDate opinionDue = LocalDate.parse(deadlines.coHandlerOpinionDue(ASSIGNED_ON.toString()));

    final RecordingCommands commands = new RecordingCommands();
    private final ProcessEngine engine;

    DepartmentHandlingFixture(ProcessEngine engine) {
        this.engine = engine;
        HandlingDelegates delegates = new HandlingDelegates();
        ProcessEngineFixture.register(Map.of(
                "openHandling", delegates.openHandling(commands),
                "deemReceived", delegates.deemReceived(commands),
                "sendReplyReminder", delegates.sendReplyReminder(commands),
                "markOverdue", delegates.markOverdue(commands),
                "closeEvaluationWindow", delegates.closeEvaluationWindow(commands),
                "rehandle", delegates.rehandle(commands),
                "escalateToSupervision", delegates.escalateToSupervision(commands),
                "closeHandling", delegates.closeHandling(commands),
                "recordClosureOnProposal", delegates.recordClosureOnProposal(commands),
                "overdueFollowUp", new OverdueFollowUp()));
        commands.reply(OpenHandling.class, open -> List.of(opened(open)));
        commands.reply(
                Rehandle.class,
                rehandle -> List.of(new RehandleStarted(
                        rehandle.handlingId(),
                        2,
                        rehandle.note(),
                        EVALUATION_WINDOW_ENDS,
                        REHANDLE_REPLY_DUE,
                        REHANDLE_REMINDER_ON,
                        ActorRef.system(),
                        NOW)));
    }

    /** A handling as the proposal's call starts it. */
    ProcessInstance start(HandlingRole role, int coHandlers) {
        return start(role, coHandlers, Map.of());
    }

    /** A handling started with {@code extra} variables besides those the proposal's call gives. */
    ProcessInstance start(HandlingRole role, int coHandlers, Map<String, Object> extra) {
        Map<String, Object> variables = new HashMap<>(extra);
        variables.put(VAR_HANDLING_ID, HANDLING);
        variables.put(VAR_PROPOSAL_ID, PROPOSAL);
        variables.put(VAR_DEPARTMENT, DEPARTMENT);
        variables.put(VAR_ROLE, role.name());
        variables.put(VAR_LEAD_HANDLING_ID, role == HandlingRole.CO ? PROPOSAL + "/education/1" : null);
        variables.put(VAR_CO_HANDLER_COUNT, coHandlers);
        variables.put(VAR_EVALUATORS, ProposalLifecycleProcess.evaluators(EVALUATORS));
        variables.put(VAR_KEY_PROPOSAL, false);
        variables.put(VAR_ASSIGNED_ON, ASSIGNED_ON.toString());
        return engine.getRuntimeService().startProcessInstanceByKey(KEY, HANDLING, variables);
    }

    /** Receives the handling and logs the contact: the lead or separate department is then due to reply. */
    void receiveAndContact() {
        complete(TASK_RECEIVE, Map.of(VAR_RECEIPT, Receipt.RECEIVE.name()));
        complete(TASK_PRE_HANDLING_CONTACT, Map.of());
    }

    /** Replies, taking the evaluation window off the reply's event as the reply task type does. */
    void reply() {
        Map<String, Object> variables = new HashMap<>(HandlingVariables.from(List.of(new HandlingReplied(
                new HandlingId(HANDLING),
                1,
                OutcomeClass.A,
                "已解决",
                REPLY_DUE,
                REPLY_DUE,
                false,
                EVALUATION_WINDOW_ENDS,
                ActorRef.system(),
                NOW))));
        variables.put(VAR_REPLY_ACTION, ReplyAction.REPLY.name());
        complete(TASK_REPLY, variables);
    }

    /** Every evaluator answers; only an unsatisfied evaluation writes the flag, as the evaluation task type does. */
    void evaluateAll(boolean unsatisfied) {
        for (Task evaluation : tasks(TASK_EVALUATE)) {
            engine.getTaskService()
                    .complete(evaluation.getId(), unsatisfied ? Map.of(VAR_UNSATISFIED, true) : Map.of());
        }
    }

    List<Task> tasks(String taskKey) {
        return engine.getTaskService()
                .createTaskQuery()
                .taskDefinitionKey(taskKey)
                .list();
    }

    Task task(String taskKey) {
        List<Task> open = tasks(taskKey);
        assertThat(open).as(taskKey).hasSize(1);
        return open.get(0);
    }

    void complete(String taskKey, Map<String, Object> variables) {
        engine.getTaskService().complete(task(taskKey).getId(), variables);
    }

    Job timer(String timerId) {
        return engine.getManagementService()
                .createJobQuery()
                .activityId(timerId)
                .singleResult();
    }

    /** Runs a timer's job now, as the job executor would once its due date has passed. */
    void fire(String timerId) {
        Job timer = timer(timerId);
        assertThat(timer).as(timerId).isNotNull();
        engine.getManagementService().executeJob(timer.getId());
    }

    Object variable(ProcessInstance instance, String name) {
        return engine.getRuntimeService().getVariable(instance.getId(), name);
    }

    private HandlingOpened opened(OpenHandling open) {
        return new HandlingOpened(
                open.handlingId(),
                open.source().kind(),
                open.source().id(),
                open.department(),
                open.role(),
                open.leadHandlingId(),
                open.assignedOn(),
                open.evaluators(),
                open.keyProposal(),
                open.coHandlers(),
                RETURN_WINDOW_ENDS,
                PRE_CONTACT_DUE,
                open.role() == HandlingRole.CO ? opinionDue : null,
                open.role() == HandlingRole.LEAD && open.coHandlers() > 0 ? opinionDue : null,
                REPLY_DUE,
                REMINDER_ON,
                ActorRef.system(),
                NOW);
    }
}
