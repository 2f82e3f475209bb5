package org.tongxin.processes.handling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongxin.processes.handling.DepartmentHandlingFixture.*;
import static org.tongxin.processes.handling.DepartmentHandlingProcess.*;
import static org.tongxin.processes.testing.ProcessEngineFixture.assertThatProcess;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tongxin.engine.handling.CloseEvaluationWindow;
import org.tongxin.engine.handling.CloseHandling;
import org.tongxin.engine.handling.EscalateToSupervision;
import org.tongxin.engine.handling.MarkOverdue;
import org.tongxin.engine.handling.OpenHandling;
import org.tongxin.engine.handling.ReceiveHandling;
import org.tongxin.engine.handling.Rehandle;
import org.tongxin.engine.handling.SendReplyReminder;
import org.tongxin.engine.proposal.RecordHandlingClosed;
import org.tongxin.engine.shared.HandlingRole;
import org.tongxin.engine.shared.OutcomeClass;
import org.tongxin.processes.testing.ProcessEngineFixture;

/**
 * {@code department-handling} on a real engine, every path: receive, return upheld or reassigned, deemed received,
 * the co-handler's opinion, the lead waiting for opinions (message or deadline), reply reminders and overdue
 * follow-up, extension, evaluation (satisfied, window closed, re-handled, escalated), closure.
 */
@Deployment(resources = RESOURCE)
class DepartmentHandlingProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineFixture.extension();

    private ProcessEngine engine;
    private DepartmentHandlingFixture handling;

    @BeforeEach
    void setUp() {
        engine = extension.getProcessEngine();
        handling = new DepartmentHandlingFixture(engine);
    }

    @Test
    void aReceivedHandlingIsContactedRepliedEvaluatedAndClosed() {
        ProcessInstance instance = handling.start(HandlingRole.LEAD, 0);

        OpenHandling open = handling.commands.sent(OpenHandling.class).get(0);
        assertThat(open.evaluators()).isEqualTo(EVALUATORS);
        Task receive = handling.task(TASK_RECEIVE);
        assertThat(groups(receive)).containsExactly("dept:" + DEPARTMENT);
        assertThat(receive.getDueDate()).isEqualTo(handling.deadlines.endOf(RETURN_WINDOW_ENDS));

        handling.receiveAndContact();
        assertThat(handling.task(TASK_REPLY).getDueDate()).isEqualTo(handling.deadlines.endOf(REPLY_DUE));
        handling.reply();
        assertThat(handling.tasks(TASK_EVALUATE))
                .extracting(Task::getAssignee)
                .containsExactlyInAnyOrderElementsOf(EVALUATORS);
        handling.evaluateAll(false);

        assertThatProcess(instance)
                .hasPassed(SERVICE_CLOSE_HANDLING, SERVICE_RECORD_CLOSURE_ON_PROPOSAL, END_HANDLING_CLOSED)
                .isEnded();
        assertThat(handling.commands.sent(CloseHandling.class)).hasSize(1);
        assertThat(handling.commands.sent(RecordHandlingClosed.class))
                .singleElement()
                .satisfies(closed -> {
                    assertThat(closed.handlingId()).isEqualTo(HANDLING);
                    assertThat(closed.outcome().outcomeClass()).isEqualTo(OutcomeClass.A);
                    assertThat(closed.outcome().escalatedToSupervision()).isFalse();
                });
    }

    @Test
    void anUpheldReturnRequestSendsTheHandlingBackToTheSameDepartment() {
        ProcessInstance instance = handling.start(HandlingRole.LEAD, 0);
        handling.complete(TASK_RECEIVE, Map.of(VAR_RECEIPT, Receipt.RETURN.name()));
        assertThat(groups(handling.task(TASK_ARBITRATE_RETURN))).containsExactly("STAFF");

        handling.complete(TASK_ARBITRATE_RETURN, Map.of(VAR_ARBITRATION, Arbitration.UPHOLD.name()));

        assertThatProcess(instance).isWaitingAt(TASK_RECEIVE);
        assertThat(handling.commands.sent(OpenHandling.class)).hasSize(1);
    }

    @Test
    void aReassignedHandlingOpensAgainAtTheNewDepartment() {
        ProcessInstance instance = handling.start(HandlingRole.LEAD, 0);
        handling.complete(TASK_RECEIVE, Map.of(VAR_RECEIPT, Receipt.RETURN.name()));

        handling.complete(
                TASK_ARBITRATE_RETURN,
                Map.of(
                        VAR_ARBITRATION,
                        Arbitration.REASSIGN.name(),
                        VAR_HANDLING_ID,
                        PROPOSAL + "/education/1",
                        VAR_DEPARTMENT,
                        "education"));

        assertThatProcess(instance).isWaitingAt(TASK_RECEIVE);
        assertThat(handling.commands.sent(OpenHandling.class))
                .extracting(o -> o.department().value())
                .containsExactly(DEPARTMENT, "education");
        assertThat(groups(handling.task(TASK_RECEIVE))).containsExactly("dept:education");
    }

    @Test
    void pastTheReturnWindowTheHandlingIsDeemedReceived() {
        ProcessInstance instance = handling.start(HandlingRole.LEAD, 0);
        assertThat(handling.timer(TIMER_RETURN_WINDOW).getDuedate())
                .isEqualTo(handling.deadlines.dayAfter(RETURN_WINDOW_ENDS));

        handling.fire(TIMER_RETURN_WINDOW);

        assertThatProcess(instance).hasPassed(SERVICE_DEEM_RECEIVED).isWaitingAt(TASK_PRE_HANDLING_CONTACT);
        assertThat(handling.commands.sent(ReceiveHandling.class)).hasSize(1);
    }

    @Test
    void aCoHandlerSendsItsOpinionAndCloses() {
        ProcessInstance instance = handling.start(HandlingRole.CO, 0);
        handling.complete(TASK_RECEIVE, Map.of(VAR_RECEIPT, Receipt.RECEIVE.name()));
        assertThatProcess(instance).isWaitingAt(TASK_SEND_OPINION).hasNotPassed(TASK_PRE_HANDLING_CONTACT);
        assertThat(handling.task(TASK_SEND_OPINION).getDueDate())
                .isEqualTo(handling.deadlines.endOf(handling.opinionDue));

        handling.complete(TASK_SEND_OPINION, Map.of());

        assertThatProcess(instance)
                .hasPassed(END_HANDLING_CLOSED)
                .hasNotPassed(TASK_REPLY)
                .isEnded();
        assertThat(handling.commands.sent(RecordHandlingClosed.class)).hasSize(1);
    }

    @Test
    void aLeadWaitsForItsCoHandlersOpinionsBeforeReplying() {
        ProcessInstance instance = handling.start(HandlingRole.LEAD, 1);
        handling.receiveAndContact();
        assertThatProcess(instance).isWaitingAt(GATEWAY_AWAIT_OPINIONS).isWaitingFor(MSG_CO_HANDLER_OPINIONS_COMPLETE);

        engine.getRuntimeService()
                .createMessageCorrelation(MSG_CO_HANDLER_OPINIONS_COMPLETE)
                .processInstanceId(instance.getId())
                .correlate();

        assertThatProcess(instance).hasPassed(EVENT_OPINIONS_COMPLETE).isWaitingAt(TASK_REPLY);
        assertThat(handling.timer(TIMER_OPINIONS_DUE)).isNull();
    }

    @Test
    void aLeadStopsWaitingForOpinionsTheDayAfterTheyWereDue() {
        ProcessInstance instance = handling.start(HandlingRole.LEAD, 1);
        handling.receiveAndContact();
        assertThat(handling.timer(TIMER_OPINIONS_DUE).getDuedate())
                .isEqualTo(handling.deadlines.dayAfter(handling.opinionDue));

        handling.fire(TIMER_OPINIONS_DUE);

        assertThatProcess(instance).hasPassed(TIMER_OPINIONS_DUE).isWaitingAt(TASK_REPLY);
    }

    @Test
    void aLateReplyIsRemindedMarkedOverdueAndFollowedUpWhileTheReplyStaysOpen() {
        ProcessInstance instance = handling.start(HandlingRole.SEPARATE, 0);
        handling.receiveAndContact();
        assertThat(handling.timer(TIMER_REPLY_REMINDER).getDuedate())
                .isEqualTo(handling.deadlines.morningOf(REMINDER_ON));
        assertThat(handling.timer(TIMER_REPLY_DUE).getDuedate()).isEqualTo(handling.deadlines.dayAfter(REPLY_DUE));

        handling.fire(TIMER_REPLY_REMINDER);
        assertThat(handling.commands.sent(SendReplyReminder.class)).hasSize(1);
        assertThatProcess(instance).isWaitingAt(TASK_REPLY);

        handling.fire(TIMER_REPLY_DUE);
        assertThat(handling.commands.sent(MarkOverdue.class)).hasSize(1);
        assertThatProcess(instance).isWaitingAt(TASK_REPLY, TASK_FOLLOW_UP_OVERDUE);
        assertThat(groups(handling.task(TASK_FOLLOW_UP_OVERDUE))).containsExactlyInAnyOrder("STAFF", "LEADER");

        handling.complete(TASK_FOLLOW_UP_OVERDUE, Map.of());
        assertThatProcess(instance).isWaitingAt(TASK_REPLY);
        handling.reply();
        assertThatProcess(instance).isWaitingAt(TASK_EVALUATE);
        assertThat(handling.tasks(TASK_FOLLOW_UP_OVERDUE)).isEmpty();
    }

    @Test
    void aKeyProposalsOverdueReplyIsFollowedUpByItsSupervisingLeaderAlone() {
        ProcessInstance instance = handling.start(
                HandlingRole.SEPARATE, 0, Map.of(VAR_KEY_PROPOSAL, true, VAR_SUPERVISING_LEADER, "leader"));
        handling.receiveAndContact();

        handling.fire(TIMER_REPLY_DUE);

        assertThatProcess(instance).isWaitingAt(TASK_REPLY, TASK_FOLLOW_UP_OVERDUE);
        Task followUp = handling.task(TASK_FOLLOW_UP_OVERDUE);
        assertThat(followUp.getAssignee()).isEqualTo("leader");
        assertThat(groups(followUp)).isEmpty();
    }

    @Test
    void anOrdinaryOverdueReplyIsOfferedToTheOfficeAndTheLeadersAndAssignedToNobody() {
        ProcessInstance instance = handling.start(HandlingRole.SEPARATE, 0);
        handling.receiveAndContact();

        handling.fire(TIMER_REPLY_DUE);

        assertThatProcess(instance).isWaitingAt(TASK_REPLY, TASK_FOLLOW_UP_OVERDUE);
        Task followUp = handling.task(TASK_FOLLOW_UP_OVERDUE);
        assertThat(followUp.getAssignee()).isNull();
        assertThat(groups(followUp)).containsExactlyInAnyOrder("STAFF", "LEADER");
    }

    @Test
    void anExtensionRequestGoesToTheOfficeAndBackToTheReply() {
        ProcessInstance instance = handling.start(HandlingRole.LEAD, 0);
        handling.receiveAndContact();
        handling.complete(TASK_REPLY, Map.of(VAR_REPLY_ACTION, ReplyAction.EXTEND.name()));
        assertThatProcess(instance).isWaitingAt(TASK_APPROVE_EXTENSION);

        handling.complete(TASK_APPROVE_EXTENSION, Map.of(VAR_REPLY_DUE, REHANDLE_REPLY_DUE.toString()));

        assertThatProcess(instance).isWaitingAt(TASK_REPLY);
        assertThat(handling.task(TASK_REPLY).getDueDate()).isEqualTo(handling.deadlines.endOf(REHANDLE_REPLY_DUE));
    }

    @Test
    void whenTheEvaluationWindowEndsTheHandlingClosesWithTheEvaluationsItHas() {
        ProcessInstance instance = handling.start(HandlingRole.LEAD, 0);
        handling.receiveAndContact();
        handling.reply();
        assertThat(handling.timer(TIMER_EVALUATION_WINDOW).getDuedate())
                .isEqualTo(handling.deadlines.dayAfter(EVALUATION_WINDOW_ENDS));

        handling.fire(TIMER_EVALUATION_WINDOW);

        assertThatProcess(instance)
                .hasPassed(SERVICE_CLOSE_EVALUATION_WINDOW, END_HANDLING_CLOSED)
                .isEnded();
        assertThat(handling.commands.sent(CloseEvaluationWindow.class)).hasSize(1);
        assertThat(handling.tasks(TASK_EVALUATE)).isEmpty();
    }

    @Test
    void anUnsatisfiedEvaluationIsReHandledWhileRoundsAreLeftThenEscalated() {
        ProcessInstance instance = handling.start(HandlingRole.LEAD, 0);
        handling.receiveAndContact();
        int rounds = handling.deadlines.maxRehandles();
        for (int round = 1; round <= rounds; round++) {
            handling.reply();
            handling.evaluateAll(true);
            assertThatProcess(instance).hasPassed(SERVICE_REHANDLE).isWaitingAt(TASK_REPLY);
            assertThat(handling.variable(instance, VAR_REHANDLES)).isEqualTo(round);
            assertThat(handling.task(TASK_REPLY).getDueDate()).isEqualTo(handling.deadlines.endOf(REHANDLE_REPLY_DUE));
        }
        handling.reply();
        handling.evaluateAll(true);

        assertThatProcess(instance)
                .hasPassed(SERVICE_ESCALATE_TO_SUPERVISION, END_HANDLING_CLOSED)
                .isEnded();
        assertThat(handling.commands.sent(Rehandle.class)).hasSize(rounds);
        assertThat(handling.commands.sent(EscalateToSupervision.class)).hasSize(1);
        assertThat(handling.commands.sent(RecordHandlingClosed.class))
                .singleElement()
                .satisfies(closed ->
                        assertThat(closed.outcome().escalatedToSupervision()).isTrue());
    }

    private java.util.List<String> groups(Task task) {
        return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> link.getGroupId() != null)
                .map(IdentityLink::getGroupId)
                .toList();
    }
}
