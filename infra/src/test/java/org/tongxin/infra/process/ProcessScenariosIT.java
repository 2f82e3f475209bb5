package org.tongxin.infra.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.DepartmentCode;
import org.tongxin.engine.shared.Role;
import org.tongxin.processes.contract.ContractCheckingPlugin;
import org.tongxin.processes.handling.AssignmentCorrections;

/**
 * Every path of the chain on the real engine, domain and PostgreSQL: BPMN, task types, delegates, bridges and the
 * aggregates' rules together. Timers fire by moving Camunda's clock, which the domain follows here.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import({EngineClock.class, Scenario.class})
class ProcessScenariosIT {

    @Autowired
    Scenario scenario;

    @Autowired
    AssignmentCorrections corrections;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    ProcessEngine processEngine;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    TaskService taskService;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ContractCheckingPlugin contract;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(processEngine);
    }

    @AfterEach
    void theInboxMatchesTheEngineAfterEveryPath() {
        Scenario.reset();
        Map<String, String> engine = new java.util.TreeMap<>();
        for (Task task : taskService.createTaskQuery().list()) {
            engine.put(task.getId(), task.getTaskDefinitionKey() + " " + task.getAssignee());
        }
        Map<String, String> inbox = new java.util.TreeMap<>();
        jdbc.sql("SELECT task_id, task_key, assignee FROM task_inbox").query(rs -> {
            inbox.put(rs.getString(1), rs.getString(2) + " " + rs.getString(3));
        });
        assertThat(inbox).isEqualTo(engine);
    }

    private String proposal(String coSigners) {
        return scenario.proposalFromClue(scenario.submitClue("场景" + System.nanoTime()), coSigners);
    }

    private ProcessInstance lifecycle(String proposalId) {
        return runtimeService
                .createProcessInstanceQuery()
                .processDefinitionKey("proposal-lifecycle")
                .processInstanceBusinessKey(proposalId)
                .singleResult();
    }

    private ProcessInstance handlingProcess(String handlingId) {
        return runtimeService
                .createProcessInstanceQuery()
                .processDefinitionKey("department-handling")
                .variableValueEquals("handlingId", handlingId)
                .singleResult();
    }

    /** Separate handling by transport, received, contacted: waiting for the reply. */
    private String atReply(String proposalId) {
        scenario.fileAndAssign(proposalId, Map.of("mode", "SEPARATE", "separate", "transport"));
        String handling = proposalId + "/transport/1";
        scenario.complete(
                "dept-transport",
                scenario.forHandling(handling, "Task_ReceiveHandling"),
                Map.of("decision", "RECEIVE"));
        scenario.complete(
                "dept-transport",
                scenario.forHandling(handling, "Task_PreHandlingContact"),
                Map.of(
                        "contactedOn",
                        LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(),
                        "method",
                        "PHONE",
                        "notes",
                        "电话沟通了办理思路"));
        return handling;
    }

    private void reply(String handling, String outcome) {
        scenario.complete(
                "dept-transport",
                scenario.forHandling(handling, "Task_Reply"),
                Map.of("action", "REPLY", "outcome", outcome, "text", "已在出口划定停放区并安排巡查。"));
    }

    private void evaluate(String handling, String user, String satisfaction) {
        scenario.complete(
                user,
                scenario.evaluationFor(handling, user),
                Map.of("handlingWork", satisfaction, "result", satisfaction));
    }

    @Test
    void aProposalNotFiledEndsWithFeedbackToItsClue() {
        String clue = scenario.submitClue("不予立案场景");
        String proposalId = scenario.proposalFromClue(clue, null);
        ProcessInstance lifecycle = lifecycle(proposalId);

        scenario.complete(
                "staff",
                scenario.byBusinessKey(proposalId, "Task_ReviewFiling"),
                Map.of("decision", "NOT_FILE", "ground", "EMPTY_CONTENT", "disposition", "KEPT_FOR_REFERENCE"));

        assertThat(lifecycle).isEnded().hasPassed("Service_FeedbackNotFiled", "EndEvent_NotFiled");
        assertThat(scenario.events(clue, "org.tongxin.engine.clue.FeedbackRecorded"))
                .isEqualTo(1);
        assertThat(scenario.events(clue, "org.tongxin.engine.clue.ClueClosed")).isEqualTo(1);
    }

    @Test
    void unconfirmedCoSignersAreDroppedWhenTheirDeadlinePasses() {
        String proposalId = proposal("member2");
        ProcessInstance lifecycle = lifecycle(proposalId);
        assertThat(lifecycle).isWaitingAt("Task_ConfirmCoSignature");

        scenario.advance(Duration.ofDays(12));

        assertThat(lifecycle)
                .hasPassed("Timer_CoSigningDue", "Service_CloseCoSigning")
                .isWaitingAt("Task_ReviewFiling");
        assertThat(scenario.events(proposalId, "org.tongxin.engine.proposal.CoSigningClosed"))
                .isEqualTo(1);
    }

    @Test
    void aReturnedItemIsReassignedToAnotherDepartment() {
        String proposalId = proposal(null);
        scenario.fileAndAssign(proposalId, Map.of("mode", "SEPARATE", "separate", "transport"));
        String transport = proposalId + "/transport/1";
        ProcessInstance handling = handlingProcess(transport);

        scenario.complete(
                "dept-transport",
                scenario.forHandling(transport, "Task_ReceiveHandling"),
                Map.of("decision", "RETURN", "reason", "属教育局职责", "suggestedDepartment", "education"));
        scenario.complete(
                "staff",
                scenario.forHandling(transport, "Task_ArbitrateReturn"),
                Map.of("decision", "REASSIGN", "newDepartment", "education", "note", "改交教育局"));

        String education = proposalId + "/education/1";
        assertThat(handling).isWaitingAt("Task_ReceiveHandling");
        assertThat(runtimeService.getVariable(handling.getId(), "department")).isEqualTo("education");
        Task receive = scenario.forHandling(education, "Task_ReceiveHandling");
        assertThat(receive).isNotNull();
        assertThat(scenario.events(transport, "org.tongxin.engine.handling.HandlingReassigned"))
                .isEqualTo(1);
        assertThat(scenario.events(education, "org.tongxin.engine.handling.HandlingOpened"))
                .isEqualTo(1);
    }

    @Test
    void pastTheReturnWindowAnItemNobodyReceivedIsDeemedReceived() {
        String proposalId = proposal(null);
        scenario.fileAndAssign(proposalId, Map.of("mode", "SEPARATE", "separate", "transport"));
        String transport = proposalId + "/transport/1";

        scenario.advance(Duration.ofDays(12));

        assertThat(handlingProcess(transport)).hasPassed("Service_DeemReceived").isWaitingAt("Task_PreHandlingContact");
    }

    @Test
    void anApprovedExtensionMovesTheReplyDueDate() {
        String handling = atReply(proposal(null));
        ProcessInstance process = handlingProcess(handling);
        String due = (String) runtimeService.getVariable(process.getId(), "replyDue");

        scenario.complete(
                "dept-transport",
                scenario.forHandling(handling, "Task_Reply"),
                Map.of("action", "EXTEND", "extensionMonths", "1", "reason", "需协调地铁集团"));
        scenario.complete(
                "staff", scenario.forHandling(handling, "Task_ApproveExtension"), Map.of("decision", "APPROVE"));

        assertThat(process).isWaitingAt("Task_Reply");
        String extended = (String) runtimeService.getVariable(process.getId(), "replyDue");
        assertThat(LocalDate.parse(extended)).isAfter(LocalDate.parse(due).plusDays(20));
    }

    @Test
    void anOverdueReplyIsMarkedAndFollowedUpThenStillAnswered() {
        String handling = atReply(proposal(null));
        ProcessInstance process = handlingProcess(handling);

        scenario.advance(Duration.ofDays(100));

        assertThat(process).hasPassed("Service_SendReplyReminder", "Service_MarkOverdue");
        assertThat(scenario.events(handling, "org.tongxin.engine.handling.HandlingOverdue"))
                .isEqualTo(1);
        scenario.complete("leader", scenario.forHandling(handling, "Task_FollowUpOverdue"), Map.of("note", "已约谈承办单位"));
        reply(handling, "B");
        assertThat(process).isWaitingAt("Task_EvaluateReply");
        assertThat(scenario.events(handling, "org.tongxin.engine.handling.OverdueFollowedUp"))
                .isEqualTo(1);
    }

    @Test
    void aKeyProposalsOverdueFollowUpIsItsLeadersAndItClosesOnlyOnceTheVoteIsRecorded() {
        String proposalId = proposal(null);
        scenario.fileAndAssign(
                proposalId, Map.of("mode", "SEPARATE", "separate", "transport", "supervisingLeader", "leader"));
        String handling = proposalId + "/transport/1";
        scenario.complete(
                "dept-transport",
                scenario.forHandling(handling, "Task_ReceiveHandling"),
                Map.of("decision", "RECEIVE"));
        scenario.complete(
                "dept-transport",
                scenario.forHandling(handling, "Task_PreHandlingContact"),
                Map.of(
                        "contactedOn",
                        LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(),
                        "method",
                        "PHONE",
                        "notes",
                        "电话沟通了办理思路"));

        scenario.advance(Duration.ofDays(100));

        Task followUp = scenario.forHandling(handling, "Task_FollowUpOverdue");
        assertThat(followUp.getAssignee()).isEqualTo("leader");
        assertThat(taskService.getIdentityLinksForTask(followUp.getId()).stream()
                        .filter(link -> link.getGroupId() != null))
                .isEmpty();
        assertThatThrownBy(() -> scenario.complete("staff", followUp, Map.of("note", "提案委代为督办")))
                .isInstanceOf(org.tongxin.processes.task.TaskNotFound.class);
        scenario.complete("leader", followUp, Map.of("note", "已召开督办会，要求一周内答复"));
        assertThat(scenario.events(handling, "org.tongxin.engine.handling.OverdueFollowedUp"))
                .isEqualTo(1);

        reply(handling, "A");
        evaluate(handling, "member", "SATISFIED");

        ProcessInstance lifecycle = lifecycle(proposalId);
        assertThat(lifecycle).isWaitingAt("Task_RecordHandlingVote");
        assertThat(scenario.events(proposalId, "org.tongxin.engine.proposal.ProposalClosed"))
                .isZero();
        Task vote = scenario.byBusinessKey(proposalId, "Task_RecordHandlingVote");
        assertThatThrownBy(() -> scenario.complete(
                        "staff",
                        vote,
                        Map.of(
                                "voters",
                                40,
                                "satisfied",
                                31,
                                "basicallySatisfied",
                                8,
                                "unsatisfied",
                                2,
                                "abstained",
                                1)))
                .isInstanceOf(org.tongxin.processes.task.FormRejected.class);
        scenario.complete(
                "staff",
                vote,
                Map.of("voters", 45, "satisfied", 31, "basicallySatisfied", 8, "unsatisfied", 2, "abstained", 1));

        assertThat(lifecycle).isEnded().hasPassed("Task_RecordHandlingVote", "Service_CloseProposal");
        assertThat(scenario.events(proposalId, "org.tongxin.engine.proposal.HandlingVoteRecorded"))
                .isEqualTo(1);
        assertThat(scenario.events(proposalId, "org.tongxin.engine.proposal.ProposalClosed"))
                .isEqualTo(1);
    }

    @Test
    void anUnsatisfiedProposerGetsOneRehandlingAndThenIsSatisfied() {
        String proposalId = proposal(null);
        String handling = atReply(proposalId);
        reply(handling, "C");
        evaluate(handling, "member", "UNSATISFIED");

        ProcessInstance process = handlingProcess(handling);
        assertThat(process).hasPassed("Service_Rehandle").isWaitingAt("Task_Reply");
        reply(handling, "A");
        evaluate(handling, "member", "SATISFIED");

        assertThat(process).isEnded().hasPassed("Service_CloseHandling");
        assertThat(lifecycle(proposalId)).isNull();
        assertThat(scenario.events(proposalId, "org.tongxin.engine.proposal.ProposalClosed"))
                .isEqualTo(1);
    }

    @Test
    void unsatisfiedAfterTheLastRehandlingGoesToSupervision() {
        String proposalId = proposal(null);
        String handling = atReply(proposalId);
        ProcessInstance process = handlingProcess(handling);
        reply(handling, "C");
        evaluate(handling, "member", "UNSATISFIED");
        reply(handling, "C");
        evaluate(handling, "member", "UNSATISFIED");

        assertThat(process).isEnded().hasPassed("Service_EscalateToSupervision", "Service_CloseHandling");
        assertThat(scenario.events(handling, "org.tongxin.engine.handling.EscalatedToSupervision"))
                .isEqualTo(1);
        assertThat(scenario.events(proposalId, "org.tongxin.engine.proposal.ProposalClosed"))
                .isEqualTo(1);
    }

    @Test
    void whenTheEvaluationWindowClosesSilenceIsRecordedAndTheHandlingCloses() {
        String proposalId = proposal(null);
        String handling = atReply(proposalId);
        reply(handling, "A");
        ProcessInstance process = handlingProcess(handling);

        scenario.advance(Duration.ofDays(30));

        assertThat(process).isEnded().hasPassed("Timer_EvaluationWindow", "Service_CloseEvaluationWindow");
        assertThat(scenario.events(handling, "org.tongxin.engine.handling.EvaluationWindowClosed"))
                .isEqualTo(1);
        assertThat(scenario.events(proposalId, "org.tongxin.engine.proposal.ProposalClosed"))
                .isEqualTo(1);
    }

    @Test
    void theLeadWaitsForItsCoHandlersOpinionThenRepliesAndBothClose() {
        String proposalId = proposal(null);
        scenario.fileAndAssign(
                proposalId, Map.of("mode", "LEAD_WITH_CO", "lead", "transport", "coHandlers", "education"));
        String lead = proposalId + "/transport/1";
        String co = proposalId + "/education/1";
        ProcessInstance leadProcess = handlingProcess(lead);
        ProcessInstance coProcess = handlingProcess(co);

        scenario.complete(
                "dept-transport", scenario.forHandling(lead, "Task_ReceiveHandling"), Map.of("decision", "RECEIVE"));
        scenario.complete(
                "dept-transport",
                scenario.forHandling(lead, "Task_PreHandlingContact"),
                Map.of(
                        "contactedOn",
                        LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(),
                        "method",
                        "VISIT",
                        "notes",
                        "上门沟通"));
        assertThat(leadProcess).isWaitingAt("Gateway_AwaitOpinions");

        scenario.complete(
                "dept-education", scenario.forHandling(co, "Task_ReceiveHandling"), Map.of("decision", "RECEIVE"));
        scenario.complete(
                "dept-education", scenario.forHandling(co, "Task_SendOpinion"), Map.of("opinion", "学校周边可配合设置停放点"));

        assertThat(coProcess).isEnded().hasPassed("Service_CloseHandling");
        assertThat(leadProcess).hasPassed("Event_OpinionsComplete").isWaitingAt("Task_Reply");
        assertThat(scenario.events(lead, "org.tongxin.engine.handling.CoHandlerOpinionReceived"))
                .isEqualTo(1);

        reply(lead, "A");
        evaluate(lead, "member", "SATISFIED");
        assertThat(leadProcess).isEnded();
        assertThat(scenario.events(proposalId, "org.tongxin.engine.proposal.ProposalClosed"))
                .isEqualTo(1);
    }

    @Test
    void aLeadCorrectedToAnotherDepartmentAfterTheOpinionArrivedDoesNotWaitForItAgain() {
        jdbc.sql("INSERT INTO department (code, name_zh, name_en) VALUES ('housing', '住房和建设局', 'Housing Bureau')"
                        + " ON CONFLICT DO NOTHING")
                .update();
        String proposalId = proposal(null);
        scenario.fileAndAssign(
                proposalId, Map.of("mode", "LEAD_WITH_CO", "lead", "transport", "coHandlers", "education"));
        String lead = proposalId + "/transport/1";
        String co = proposalId + "/education/1";
        ProcessInstance leadProcess = handlingProcess(lead);
        scenario.complete(
                "dept-education", scenario.forHandling(co, "Task_ReceiveHandling"), Map.of("decision", "RECEIVE"));
        scenario.complete(
                "dept-education", scenario.forHandling(co, "Task_SendOpinion"), Map.of("opinion", "学校周边可配合设置停放点"));
        assertThat(scenario.events(lead, "org.tongxin.engine.handling.CoHandlerOpinionReceived"))
                .isEqualTo(1);

        // the office corrects the lead to another department: the new lead starts with the opinion already in
        assertThat(corrections.reassign(
                        lead, new DepartmentCode("housing"), "主办单位交办有误", ActorRef.of("staff", Role.STAFF)))
                .isTrue();
        String newLead = proposalId + "/housing/1";
        assertThat(scenario.events(newLead, "org.tongxin.engine.handling.CoHandlerOpinionsComplete"))
                .isEqualTo(1);
        assertThat(runtimeService.getVariable(leadProcess.getId(), "opinionsComplete"))
                .isEqualTo(true);
    }

    @Test
    void aClueMergedIntoAnotherHearsTheSameAnswerAndCloses() {
        String earlier = scenario.submitClue("先到的线索");
        String duplicate = scenario.submitClue("重复的线索");
        scenario.complete(
                "staff",
                scenario.byBusinessKey(duplicate, "Task_ClassifyClue"),
                Map.of("category", "交通出行", "route", "MERGE", "mergeInto", earlier));
        assertThat(scenario.events(earlier, "org.tongxin.engine.clue.ClueAbsorbed"))
                .isEqualTo(1);

        String proposalId = scenario.proposalFromClue(earlier, null);
        String handling = atReply(proposalId);
        reply(handling, "A");
        evaluate(handling, "member", "SATISFIED");

        assertThat(scenario.events(earlier, "org.tongxin.engine.clue.FeedbackRecorded"))
                .isEqualTo(1);
        assertThat(scenario.events(duplicate, "org.tongxin.engine.clue.FeedbackRecorded"))
                .isEqualTo(1);
        assertThat(scenario.events(duplicate, "org.tongxin.engine.clue.ClueClosed"))
                .isEqualTo(1);
    }

    @Test
    void theShippedDiagramsKeepTheContract() throws Exception {
        for (String resource : List.of(
                "processes/clue-triage.bpmn",
                "processes/proposal-lifecycle.bpmn",
                "processes/department-handling.bpmn")) {
            try (InputStream in = new ClassPathResource(resource).getInputStream()) {
                assertThat(contract.contract().check(Bpmn.readModelFromStream(in)))
                        .as(resource)
                        .isEmpty();
            }
        }
    }

    @Test
    void aDiagramThatBreaksTheContractIsRefusedNamingTheElement() {
        BpmnModelInstance broken = Bpmn.createExecutableProcess("designer-draft")
                .startEvent()
                .userTask("Task_NobodyKnows")
                .intermediateCatchEvent("Event_Literal")
                .timerWithDuration("P3M")
                .endEvent()
                .done();
        long before = repositoryService.createDeploymentQuery().count();

        assertThatThrownBy(() -> repositoryService
                        .createDeployment()
                        .addModelInstance("designer-draft.bpmn", broken)
                        .deploy())
                .hasMessageContaining("Task_NobodyKnows")
                .hasMessageContaining("Event_Literal");
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(before);
    }
}
