package org.tongxin.processes.studio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tongxin.processes.studio.CaseReport.Reason;
import org.tongxin.processes.studio.CaseReport.Verdict;
import org.tongxin.processes.testing.ProcessEngineFixture;

/**
 * Rehearsing a draft over cases the engine really recorded, where the answer is known: three closed cases of a
 * petition (two accepted and answered, one declined) replayed on a draft that is the same, one that drops the
 * receiving step, one that adds an approval, and one that waits for a message nobody sends.
 */
class RehearsalTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineFixture.extension();

    private static final String KEY = "petition";

    private ProcessEngine engine;
    private List<RecordedCase> recorded;

    /**
     * The deployed process: receive, review, a delegate that records the decision (and writes {@code recorded},
     * which the gateway reads), then a reply for an accepted petition.
     */
    private static String deployed() {
        return Bpmn.convertToString(Bpmn.createExecutableProcess(KEY)
                .name("信访 / Petition")
                .camundaHistoryTimeToLive(30)
                .startEvent("Start_Petition")
                .userTask("Task_Receive")
                .name("受理 / Receive")
                .userTask("Task_Review")
                .name("审查 / Review")
                .serviceTask("Service_RecordDecision")
                .name("记录结论 / Record the decision")
                .camundaDelegateExpression("${recordDecision}")
                .exclusiveGateway("Gateway_Accepted")
                .condition("accepted", "${decision == 'ACCEPT' && recorded}")
                .userTask("Task_Reply")
                .name("答复 / Reply")
                .endEvent("End_Answered")
                .moveToLastGateway()
                .condition("declined", "${decision != 'ACCEPT'}")
                .endEvent("End_Declined")
                .done());
    }

    @BeforeEach
    void recordThreeCases() {
        engine = extension.getProcessEngine();
        JavaDelegate recordDecision = execution -> execution.setVariable("recorded", true);
        ProcessEngineFixture.register(Map.of("recordDecision", recordDecision));
        List<String> earlier =
                engine
                        .getHistoryService()
                        .createHistoricProcessInstanceQuery()
                        .processDefinitionKey(KEY)
                        .list()
                        .stream()
                        .map(org.camunda.bpm.engine.history.HistoricProcessInstance::getId)
                        .toList();
        if (!earlier.isEmpty()) {
            engine.getHistoryService().deleteHistoricProcessInstances(earlier);
        }
        engine.getRepositoryService()
                .createDeployment()
                .addString("petition.bpmn", deployed())
                .deploy();
        close("case-accepted-1", "ACCEPT");
        close("case-declined", "DECLINE");
        close("case-accepted-2", "ACCEPT");
        recorded = new RecordedHistory(engine).lastClosed(KEY, 20);
    }

    private void close(String businessKey, String decision) {
        var runtime = engine.getRuntimeService();
        var tasks = engine.getTaskService();
        var instance = runtime.startProcessInstanceByKey(KEY, businessKey, Map.of("petitionId", businessKey));
        tasks.complete(task(instance.getId(), "Task_Receive"));
        tasks.complete(task(instance.getId(), "Task_Review"), Map.of("decision", decision));
        if ("ACCEPT".equals(decision)) {
            tasks.complete(task(instance.getId(), "Task_Reply"), Map.of("replied", true));
        }
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceId(instance.getId())
                        .count())
                .isZero();
    }

    private String task(String instanceId, String key) {
        return engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(instanceId)
                .taskDefinitionKey(key)
                .singleResult()
                .getId();
    }

    private static List<CaseReport> rehearse(String draft, List<RecordedCase> cases) {
        return new Rehearsal(ProcessEngineFixture::throwAwaySchema, name -> null).rehearse(KEY, draft, Map.of(), cases);
    }

    @Test
    void historyGivesEachClosedCaseItsStepsInOrderWithTheVariablesTheySet() {
        assertThat(recorded)
                .extracting(RecordedCase::businessKey)
                .containsExactly("case-accepted-2", "case-declined", "case-accepted-1");
        RecordedCase accepted = recorded.get(0);
        assertThat(accepted.startVariables()).containsKey("petitionId");
        assertThat(accepted.steps())
                .extracting(RecordedStep::activityId)
                .containsExactly("Task_Receive", "Task_Review", "Task_Reply");
        assertThat(accepted.steps().get(1).variables()).containsKey("decision");
        assertThat(accepted.delegateVariables())
                .containsKey(RecordedCase.delegateKey("Service_RecordDecision", "case-accepted-2"));
    }

    @Test
    void theSameDiagramTakesEveryCaseTheSameWayWithoutItsDelegates() {
        List<CaseReport> reports = rehearse(deployed(), recorded);

        assertThat(reports).extracting(CaseReport::verdict).containsOnly(Verdict.SAME_PATH);
        assertThat(reports).extracting(CaseReport::stepsReplayed).containsExactly(3, 2, 3);
    }

    @Test
    void aDraftWithoutTheReceivingStepGoesDifferentlyAtItAndSaysItExpectedTheReview() {
        String draft = deployed()
                .replace("<userTask id=\"Task_Receive\"", "<manualTask id=\"Task_Receive\"")
                .replaceFirst("(<manualTask id=\"Task_Receive\"[^>]*>[\\s\\S]*?)</userTask>", "$1</manualTask>");

        List<CaseReport> reports = rehearse(draft, recorded);

        assertThat(reports).allSatisfy(r -> {
            assertThat(r.verdict()).isEqualTo(Verdict.WENT_DIFFERENTLY);
            assertThat(r.reason()).isEqualTo(Reason.OTHER_STEP);
            assertThat(r.atStep()).isEqualTo("受理 / Receive");
            assertThat(r.draftExpected()).containsExactly("审查 / Review");
            assertThat(r.stepsReplayed()).isZero();
        });
    }

    @Test
    void aDraftWithAnAddedApprovalStopsAnsweredCasesAtTheReplyAndAsksMoreOfDeclinedOnes() {
        String draft = deployed()
                .replace(
                        "<serviceTask camunda:delegateExpression",
                        "<userTask id=\"Task_Approve\" name=\"审批 / Approve\"/><serviceTask camunda:delegateExpression")
                .replaceFirst(
                        "(<sequenceFlow id=\"[^\"]+\" sourceRef=\"Task_Review\" targetRef=\")Service_RecordDecision\"",
                        "$1Task_Approve\"/><sequenceFlow id=\"Flow_Approved\" sourceRef=\"Task_Approve\""
                                + " targetRef=\"Service_RecordDecision\"");

        List<CaseReport> reports = rehearse(draft, recorded);

        assertThat(reports.get(0)).satisfies(r -> {
            assertThat(r.verdict()).isEqualTo(Verdict.WENT_DIFFERENTLY);
            assertThat(r.reason()).isEqualTo(Reason.OTHER_STEP);
            assertThat(r.atStep()).isEqualTo("答复 / Reply");
            assertThat(r.draftExpected()).containsExactly("审批 / Approve");
            assertThat(r.stepsReplayed()).isEqualTo(2);
        });
        assertThat(reports.get(1)).satisfies(r -> {
            assertThat(r.verdict()).isEqualTo(Verdict.WENT_DIFFERENTLY);
            assertThat(r.reason()).isEqualTo(Reason.MORE_STEPS);
            assertThat(r.atStep()).isNull();
            assertThat(r.draftExpected()).containsExactly("审批 / Approve");
        });
    }

    @Test
    void aDraftWaitingForAMessageNobodySendsGetsStuckThereAndItsSchemaIsDropped() {
        String draft = deployed()
                .replaceFirst(
                        "(<sequenceFlow id=\"[^\"]+\" sourceRef=\"Task_Receive\" targetRef=\")Task_Review\"",
                        "$1Event_Documents\"/><intermediateCatchEvent id=\"Event_Documents\" name=\"补充材料 / Documents\">"
                                + "<messageEventDefinition messageRef=\"Message_Documents\"/></intermediateCatchEvent>"
                                + "<sequenceFlow id=\"Flow_Documents\" sourceRef=\"Event_Documents\" targetRef=\"Task_Review\"")
                .replace("<process ", "<message id=\"Message_Documents\" name=\"Msg_Documents\"/><process ");

        List<CaseReport> reports = rehearse(draft, recorded.subList(0, 1));

        assertThat(reports).singleElement().satisfies(r -> {
            assertThat(r.verdict()).isEqualTo(Verdict.GOT_STUCK);
            assertThat(r.reason()).isEqualTo(Reason.WAITING);
            assertThat(r.atStep()).isEqualTo("审查 / Review");
            assertThat(r.draftExpected()).containsExactly("补充材料 / Documents");
        });
        assertThat(ProcessEngineFixture.schemas("rehearsal_test_")).isEmpty();
    }
}
