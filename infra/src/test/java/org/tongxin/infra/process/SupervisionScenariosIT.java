package org.tongxin.infra.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.DepartmentCode;
import org.tongxin.engine.shared.Role;
import org.tongxin.engine.supervision.AppointSpecialSupervisor;
import org.tongxin.engine.supervision.FindingRoute;
import org.tongxin.engine.supervision.RecordSupervisorFinding;
import org.tongxin.engine.supervision.SpecialSupervisorId;
import org.tongxin.engine.supervision.SupervisionId;
import org.tongxin.projections.clue.ClueSummary;
import org.tongxin.projections.clue.FindClue;
import org.tongxin.projections.supervision.ListSupervisionEntriesFor;
import org.tongxin.projections.supervision.SupervisionView;

/**
 * Democratic supervision on the real engine, domain and PostgreSQL: a handling still unsatisfied after its re-handle
 * becomes a pool entry, the team inspects, the finding goes to the department as a rectification, the first answer is
 * not accepted, the second is, and the entry closes; a special supervisor's finding goes straight to rectification.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import({EngineClock.class, Scenario.class})
class SupervisionScenariosIT {

    /** The committee's zone, in which the domain's days begin and end. */
    private static final ZoneId COMMITTEE = ZoneId.of("Asia/Shanghai");

    @Autowired
    Scenario scenario;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    ProcessEngine processEngine;

    @Autowired
    TaskService taskService;

    @Autowired
    CommandGateway commands;

    @Autowired
    QueryGateway queries;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(processEngine);
    }

    @AfterEach
    void resetClock() {
        Scenario.reset();
    }

    @Test
    void aFailedRehandleIsInspectedRectifiedTwiceAndClosed() {
        String clue = scenario.submitClue("监督场景" + System.nanoTime());
        String handling = escalatedHandling(clue);
        String entry = SupervisionId.derivedFrom("escalation:" + handling).value();
        assertThat(scenario.events(entry, "org.tongxin.engine.supervision.SupervisionEntryRegistered"))
                .isEqualTo(1);
        ProcessInstance process = supervision(entry);
        assertThat(process).isWaitingAt("Task_FormTeam");

        scenario.complete(
                "staff",
                scenario.byBusinessKey(entry, "Task_FormTeam"),
                Map.of("members", "member", "governmentInspectionOffice", true));
        scenario.complete(
                "staff",
                scenario.byBusinessKey(entry, "Task_RecordActivity"),
                Map.of(
                        "kind", "INSPECTION",
                        "heldOn", LocalDate.now(COMMITTEE).toString(),
                        "places", "龙城广场地铁站",
                        "participants", "委员、工作人员、政府督查室",
                        "department", "transport",
                        "finding", "B出口单车仍堵塞盲道",
                        "rectify", true,
                        "moreActivities", false));
        assertThat(process).isWaitingAt("Task_CloseEntry");

        String round1 = "rectification:" + entry + "/transport/1";
        rectify(round1, "已清理单车并划线");
        verify(entry, "NOT_ACCEPT", "盲道仍有单车停放");

        String round2 = "rectification:" + entry + "/transport/2";
        rectify(round2, "增设隔离桩，安排专人值守");
        verify(entry, "ACCEPT", "");

        scenario.complete("leader", scenario.byBusinessKey(entry, "Task_CloseEntry"), Map.of("result", "盲道畅通，整改到位"));
        assertThat(process).isEnded().hasPassed("EndEvent_EntryClosed");
        assertThat(scenario.events(entry, "org.tongxin.engine.supervision.RectificationVerified"))
                .isEqualTo(2);
        assertThat(scenario.events(entry, "org.tongxin.engine.supervision.SupervisionEntryClosed"))
                .isEqualTo(1);
        assertThat(scenario.events(round2, "org.tongxin.engine.handling.HandlingClosed"))
                .isEqualTo(1);

        // the proposal's case finds the entry its handling became, with the result
        String proposalId = handling.substring(0, handling.indexOf('/'));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(queries.query(
                                new ListSupervisionEntriesFor(proposalId),
                                ResponseTypes.multipleInstancesOf(SupervisionView.class))
                        .join())
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.supervisionId()).isEqualTo(entry);
                    assertThat(e.status()).isEqualTo("CLOSED");
                    assertThat(e.result()).isEqualTo("盲道畅通，整改到位");
                }));
        // the result reaches the proposal's case once and, through it, the clue the citizen follows
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                        scenario.events(proposalId, "org.tongxin.engine.proposal.SupervisionResultRecorded"))
                .isEqualTo(1));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                        queries.query(new FindClue(clue), ResponseTypes.optionalInstanceOf(ClueSummary.class))
                                .join())
                .hasValueSatisfying(c -> assertThat(c.lastFeedback()).contains("盲道畅通，整改到位")));
    }

    @Test
    void aSpecialSupervisorsFindingGoesStraightToRectification() {
        ActorRef staff = ActorRef.of("staff", Role.STAFF);
        SpecialSupervisorId member = new SpecialSupervisorId("member2");
        LocalDate today = LocalDate.now(COMMITTEE);
        commands.sendAndWait(new AppointSpecialSupervisor(
                member, new DepartmentCode("education"), today.minusYears(1), today.plusYears(2), staff));
        commands.sendAndWait(new RecordSupervisorFinding(
                member,
                new DepartmentCode("education"),
                "校门口接送拥堵",
                "实验小学放学时段校门口道路拥堵，存在安全隐患",
                today,
                FindingRoute.RECTIFICATION,
                ActorRef.of("member2", Role.MEMBER)));

        String entry = SupervisionId.derivedFrom("finding:member2:" + findingNumber(member))
                .value();
        assertThat(supervision(entry)).isWaitingAt("Task_FormTeam");
        scenario.runDueJobs();
        String item = "rectification:" + entry + "/education/1";
        assertThat(scenario.forHandling(item, "Task_ReceiveHandling")).isNotNull();
    }

    private long findingNumber(SpecialSupervisorId member) {
        return scenario.events(member.value(), "org.tongxin.engine.supervision.SupervisorFindingRecorded");
    }

    /** The department receives, plans and reports; the answer starts a verification. */
    private void rectify(String item, String done) {
        scenario.runDueJobs();
        scenario.complete(
                "dept-transport", scenario.forHandling(item, "Task_ReceiveHandling"), Map.of("decision", "RECEIVE"));
        scenario.complete(
                "dept-transport",
                scenario.forHandling(item, "Task_PreHandlingContact"),
                Map.of("plannedOn", LocalDate.now(COMMITTEE).toString(), "plan", "一周内清理，两周内设置隔离设施"));
        scenario.complete(
                "dept-transport",
                scenario.forHandling(item, "Task_Reply"),
                Map.of("action", "REPLY", "text", done, "evidence", "整改前后照片"));
    }

    private void verify(String entry, String verdict, String opinion) {
        Task verification = scenario.byBusinessKey(entry, "Task_VerifyRectification");
        scenario.complete("staff", verification, Map.of("verdict", verdict, "opinion", opinion));
    }

    private String escalatedHandling(String clue) {
        String proposalId = scenario.proposalFromClue(clue, null);
        scenario.fileAndAssign(proposalId, Map.of("mode", "SEPARATE", "separate", "transport"));
        String handling = proposalId + "/transport/1";
        scenario.complete(
                "dept-transport",
                scenario.forHandling(handling, "Task_ReceiveHandling"),
                Map.of("decision", "RECEIVE"));
        scenario.complete(
                "dept-transport",
                scenario.forHandling(handling, "Task_PreHandlingContact"),
                Map.of("contactedOn", LocalDate.now(COMMITTEE).toString(), "method", "PHONE", "notes", "电话沟通了办理思路"));
        for (int round = 0; round < 2; round++) {
            scenario.complete(
                    "dept-transport",
                    scenario.forHandling(handling, "Task_Reply"),
                    Map.of("action", "REPLY", "outcome", "C", "text", "正在研究。"));
            scenario.complete(
                    "member",
                    scenario.evaluationFor(handling, "member"),
                    Map.of("handlingWork", "UNSATISFIED", "result", "UNSATISFIED"));
        }
        return handling;
    }

    private ProcessInstance supervision(String entry) {
        return runtimeService
                .createProcessInstanceQuery()
                .processDefinitionKey("supervision")
                .processInstanceBusinessKey(entry)
                .singleResult();
    }
}
