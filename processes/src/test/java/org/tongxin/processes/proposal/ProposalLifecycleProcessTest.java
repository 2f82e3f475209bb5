package org.tongxin.processes.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongxin.processes.proposal.ProposalLifecycleProcess.*;
import static org.tongxin.processes.testing.ProcessEngineFixture.assertThatProcess;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tongxin.engine.clue.CloseClue;
import org.tongxin.engine.clue.ClueId;
import org.tongxin.engine.clue.RecordFeedback;
import org.tongxin.engine.proposal.AssignedHandling;
import org.tongxin.engine.proposal.CloseCoSigning;
import org.tongxin.engine.proposal.CloseProposal;
import org.tongxin.engine.proposal.ProposalClosed;
import org.tongxin.engine.proposal.ProposalId;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.DepartmentCode;
import org.tongxin.engine.shared.HandlingRole;
import org.tongxin.processes.handling.DepartmentHandlingProcess;
import org.tongxin.processes.proposal.ProposalLifecycleProcess.Filing;
import org.tongxin.processes.testing.ProcessEngineFixture;
import org.tongxin.processes.testing.RecordingCommands;

/**
 * {@code proposal-lifecycle} on a real engine, every path: co-signing answered or timed out, the three filing
 * decisions, and the multi-instance call handing each assigned handling its typed references. The called
 * department handling is a one-task stand-in here; its own test drives the real one.
 */
@Deployment(resources = RESOURCE)
class ProposalLifecycleProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineFixture.extension();

    private static final String PROPOSAL = "8a1d7c52-2f0e-4a43-9c9f-1c3f6d1a0b11";
    private static final String CO_SIGNING_DUE = "2026-06-10";
    private static final String HANDLING_STAND_IN = "Task_HandlingStandIn";
    private static final ClueId CLUE_A = new ClueId("c-1");
    private static final ClueId CLUE_B = new ClueId("c-2");

    private final RecordingCommands commands = new RecordingCommands();
    private ProcessEngine engine;

    @BeforeEach
    void setUp() {
        engine = extension.getProcessEngine();
        ProcessEngineFixture.register(Map.of(
                "closeCoSigning", new CloseCoSigningDelegate(commands),
                "closeProposal", new CloseProposalDelegate(commands, new Feedback(code -> code.value())),
                "feedbackToClues", new FeedbackToCluesDelegate(commands)));
        commands.reply(
                CloseProposal.class,
                close -> List.of(new ProposalClosed(
                        close.proposalId(),
                        List.of(CLUE_A, CLUE_B),
                        List.of(),
                        ActorRef.system(),
                        Instant.parse("2026-09-01T02:00:00Z"))));
        extension.manageDeployment(engine.getRepositoryService()
                .createDeployment()
                .addModelInstance(
                        "department-handling-stand-in.bpmn",
                        Bpmn.createExecutableProcess(DepartmentHandlingProcess.KEY)
                                .camundaHistoryTimeToLive(1)
                                .startEvent()
                                .userTask(HANDLING_STAND_IN)
                                .endEvent()
                                .done())
                .deploy());
    }

    @Test
    void coSignersEachConfirmByTheDueDateThenTheOfficeReviewsFiling() {
        ProcessInstance instance = start(true, List.of("member", "member2"));

        List<Task> confirmations = tasks(TASK_CONFIRM_CO_SIGNATURE);
        assertThat(confirmations).extracting(Task::getAssignee).containsExactlyInAnyOrder("member", "member2");
        assertThat(confirmations)
                .extracting(Task::getDueDate)
                .containsOnly(ProcessEngineFixture.deadlines().endOf(CO_SIGNING_DUE));
        confirmations.forEach(t -> engine.getTaskService().complete(t.getId()));

        assertThatProcess(instance).hasPassed(SERVICE_CLOSE_CO_SIGNING).isWaitingAt(TASK_REVIEW_FILING);
        assertThat(commands.sent(CloseCoSigning.class))
                .extracting(c -> c.proposalId().value())
                .containsExactly(PROPOSAL);
    }

    @Test
    void coSigningClosesTheDayAfterItsDueDateWithoutWaitingForTheRest() {
        ProcessInstance instance = start(true, List.of("member", "member2"));
        engine.getTaskService().complete(tasks(TASK_CONFIRM_CO_SIGNATURE).get(0).getId());

        Job timer = engine.getManagementService()
                .createJobQuery()
                .activityId(TIMER_CO_SIGNING_DUE)
                .singleResult();
        assertThat(timer.getDuedate())
                .isEqualTo(ProcessEngineFixture.deadlines().dayAfter(CO_SIGNING_DUE));
        engine.getManagementService().executeJob(timer.getId());

        assertThatProcess(instance).hasPassed(TIMER_CO_SIGNING_DUE).isWaitingAt(TASK_REVIEW_FILING);
        assertThat(tasks(TASK_CONFIRM_CO_SIGNATURE)).isEmpty();
        assertThat(commands.sent(CloseCoSigning.class)).hasSize(1);
    }

    @Test
    void aProposalWithoutCoSignersGoesStraightToFilingReview() {
        ProcessInstance instance = start(false, List.of());

        assertThatProcess(instance).isWaitingAt(TASK_REVIEW_FILING).hasNotPassed(SUB_PROCESS_CO_SIGNING);
        assertThat(commands.sent()).isEmpty();
    }

    @Test
    void aProposalNotFiledTellsEachSourceClueAndEnds() {
        ProcessInstance instance = start(false, List.of());
        Map<String, Object> decision = new HashMap<>();
        decision.put(VAR_FILING, Filing.NOT_FILE.name());
        decision.put(VAR_SOURCE_CLUES, sourceClues(List.of(CLUE_A.value(), CLUE_B.value())));
        decision.put(VAR_FEEDBACK, "未予立案");
        complete(TASK_REVIEW_FILING, decision);

        assertThatProcess(instance)
                .hasPassed(SERVICE_FEEDBACK_NOT_FILED, END_NOT_FILED)
                .isEnded();
        assertThat(commands.sent(RecordFeedback.class))
                .extracting(RecordFeedback::clueId)
                .containsExactly(CLUE_A, CLUE_B);
        assertThat(commands.sent(CloseClue.class)).extracting(CloseClue::clueId).containsExactly(CLUE_A, CLUE_B);
    }

    @Test
    void aProposalConvertedToAnOpinionReportEndsThere() {
        ProcessInstance instance = start(false, List.of());
        complete(TASK_REVIEW_FILING, Map.of(VAR_FILING, Filing.CONVERT.name()));

        assertThatProcess(instance).hasPassed(END_CONVERTED_TO_REPORT).isEnded();
        assertThat(commands.sent()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Filing.class)
    void everyFilingDecisionLeavesTheReview(Filing filing) {
        ProcessInstance instance = start(false, List.of());
        complete(TASK_REVIEW_FILING, Map.of(VAR_FILING, filing.name()));

        assertThatProcess(instance).hasPassed(TASK_REVIEW_FILING);
        assertThat(tasks(TASK_REVIEW_FILING)).isEmpty();
    }

    @Test
    void eachAssignedDepartmentGetsItsOwnHandlingWithTypedReferences() {
        ProcessInstance instance = start(false, List.of());
        complete(TASK_REVIEW_FILING, Map.of(VAR_FILING, Filing.FILE.name()));
        complete(
                TASK_ASSIGN_DEPARTMENTS,
                assignment(List.of(
                        new AssignedHandling(
                                PROPOSAL + "/transport/1", new DepartmentCode("transport"), HandlingRole.LEAD),
                        new AssignedHandling(
                                PROPOSAL + "/education/1", new DepartmentCode("education"), HandlingRole.CO))));

        assertThatProcess(instance).isWaitingAt(CALL_DEPARTMENT_HANDLING);
        Map<String, Map<String, Object>> byHandling = new HashMap<>();
        for (ProcessInstance handling : engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey(DepartmentHandlingProcess.KEY)
                .list()) {
            byHandling.put(handling.getBusinessKey(), engine.getRuntimeService().getVariables(handling.getId()));
        }
        assertThat(byHandling).containsOnlyKeys(PROPOSAL + "/transport/1", PROPOSAL + "/education/1");
        Map<String, Object> lead = byHandling.get(PROPOSAL + "/transport/1");
        assertThat(lead)
                .containsEntry(DepartmentHandlingProcess.VAR_HANDLING_ID, PROPOSAL + "/transport/1")
                .containsEntry(DepartmentHandlingProcess.VAR_DEPARTMENT, "transport")
                .containsEntry(DepartmentHandlingProcess.VAR_ROLE, HandlingRole.LEAD.name())
                .containsEntry(DepartmentHandlingProcess.VAR_LEAD_HANDLING_ID, null)
                .containsEntry(DepartmentHandlingProcess.VAR_CO_HANDLER_COUNT, 1)
                .containsEntry(DepartmentHandlingProcess.VAR_PROPOSAL_ID, PROPOSAL)
                .containsEntry(DepartmentHandlingProcess.VAR_ASSIGNED_ON, "2026-06-20")
                .containsEntry(DepartmentHandlingProcess.VAR_KEY_PROPOSAL, true)
                .containsEntry(DepartmentHandlingProcess.VAR_SUPERVISING_LEADER, "leader");
        assertThat(DepartmentHandlingProcess.evaluators(lead.get(DepartmentHandlingProcess.VAR_EVALUATORS)))
                .containsExactly("member", "member2");
        assertThat(byHandling.get(PROPOSAL + "/education/1"))
                .containsEntry(DepartmentHandlingProcess.VAR_DEPARTMENT, "education")
                .containsEntry(DepartmentHandlingProcess.VAR_ROLE, HandlingRole.CO.name())
                .containsEntry(DepartmentHandlingProcess.VAR_LEAD_HANDLING_ID, PROPOSAL + "/transport/1");
    }

    @Test
    void whenEveryHandlingHasClosedTheProposalClosesAndEachSourceClueHearsBack() {
        ProcessInstance instance = start(false, List.of());
        complete(TASK_REVIEW_FILING, Map.of(VAR_FILING, Filing.FILE.name()));
        complete(
                TASK_ASSIGN_DEPARTMENTS,
                assignment(
                        List.of(
                                new AssignedHandling(
                                        PROPOSAL + "/transport/1",
                                        new DepartmentCode("transport"),
                                        HandlingRole.SEPARATE),
                                new AssignedHandling(
                                        PROPOSAL + "/education/1",
                                        new DepartmentCode("education"),
                                        HandlingRole.SEPARATE)),
                        null));

        complete(HANDLING_STAND_IN, Map.of());
        assertThatProcess(instance).isWaitingAt(CALL_DEPARTMENT_HANDLING);
        assertThat(commands.sent(CloseProposal.class)).isEmpty();
        complete(HANDLING_STAND_IN, Map.of());

        assertThatProcess(instance)
                .hasPassed(SERVICE_CLOSE_PROPOSAL, SERVICE_FEEDBACK_TO_CLUES, END_CLOSED)
                .isEnded();
        assertThat(commands.sent(CloseProposal.class))
                .extracting(CloseProposal::proposalId)
                .containsExactly(new ProposalId(PROPOSAL));
        assertThat(commands.sent(RecordFeedback.class))
                .extracting(RecordFeedback::clueId)
                .containsExactly(CLUE_A, CLUE_B);
        assertThat(commands.sent(CloseClue.class)).extracting(CloseClue::clueId).containsExactly(CLUE_A, CLUE_B);
    }

    @Test
    void aKeyProposalWaitsForTheCommitteesVoteBeforeItCloses() {
        ProcessInstance instance = start(false, List.of());
        complete(TASK_REVIEW_FILING, Map.of(VAR_FILING, Filing.FILE.name()));
        complete(
                TASK_ASSIGN_DEPARTMENTS,
                assignment(List.of(new AssignedHandling(
                        PROPOSAL + "/transport/1", new DepartmentCode("transport"), HandlingRole.SEPARATE))));
        complete(HANDLING_STAND_IN, Map.of());

        assertThatProcess(instance).isWaitingAt(TASK_RECORD_HANDLING_VOTE);
        assertThat(commands.sent(CloseProposal.class)).isEmpty();
        Task vote = tasks(TASK_RECORD_HANDLING_VOTE).get(0);
        assertThat(engine.getTaskService().getIdentityLinksForTask(vote.getId()))
                .extracting(link -> link.getGroupId())
                .containsExactly("STAFF");

        complete(TASK_RECORD_HANDLING_VOTE, Map.of());

        assertThatProcess(instance)
                .hasPassed(TASK_RECORD_HANDLING_VOTE, SERVICE_CLOSE_PROPOSAL, END_CLOSED)
                .isEnded();
        assertThat(commands.sent(CloseProposal.class)).hasSize(1);
    }

    private ProcessInstance start(boolean joint, List<String> coSigners) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_PROPOSAL_ID, PROPOSAL);
        variables.put(VAR_JOINT, joint);
        variables.put(VAR_CO_SIGNERS, coSigners(coSigners));
        if (joint) {
            variables.put(VAR_CO_SIGNING_DUE, CO_SIGNING_DUE);
        }
        return engine.getRuntimeService().startProcessInstanceByKey(KEY, PROPOSAL, variables);
    }

    /** An assignment that makes the proposal a key proposal supervised by {@code leader}. */
    private static Map<String, Object> assignment(List<AssignedHandling> handlings) {
        return assignment(handlings, "leader");
    }

    /** {@code supervisingLeader} null: an ordinary proposal. */
    private static Map<String, Object> assignment(List<AssignedHandling> handlings, String supervisingLeader) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_HANDLINGS, handlings(handlings));
        variables.put(VAR_CO_HANDLER_COUNT, coHandlerCount(handlings));
        variables.put(VAR_EVALUATORS, evaluators(List.of("member", "member2")));
        variables.put(VAR_KEY_PROPOSAL, supervisingLeader != null);
        variables.put(VAR_SUPERVISING_LEADER, supervisingLeader);
        variables.put(VAR_ASSIGNED_ON, "2026-06-20");
        return variables;
    }

    private List<Task> tasks(String taskKey) {
        return engine.getTaskService()
                .createTaskQuery()
                .taskDefinitionKey(taskKey)
                .list();
    }

    private void complete(String taskKey, Map<String, Object> variables) {
        List<Task> open = tasks(taskKey);
        assertThat(open).isNotEmpty();
        engine.getTaskService().complete(open.get(0).getId(), variables);
    }
}
