package org.tongxin.processes.studio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tongxin.processes.contract.BpmnContract;
import org.tongxin.processes.contract.ContractRule;
import org.tongxin.processes.testing.ProcessEngineFixture;

/**
 * A draft is checked as a deployment would check it, without deploying: one broken draft per rule, each finding
 * naming the element it concerns by id and by name.
 */
class DraftValidatorTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineFixture.extension();

    private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";

    private DraftValidator validator;

    @BeforeEach
    void setUp() {
        ProcessEngineFixture.register(Map.of());
        BpmnContract contract = new BpmnContract(
                Set.of("Task_Review")::contains, Set.of("closeDelegate")::contains, Set.of("Msg_Answered"));
        validator = new DraftValidator(extension.getProcessEngine(), () -> contract);
    }

    /** A draft within every rule: the starting point each broken draft changes in one place. */
    private static BpmnModelInstance valid() {
        return Bpmn.createExecutableProcess("review")
                .name("审查 / Review")
                .camundaHistoryTimeToLive(30)
                .startEvent("Start_Review")
                .userTask("Task_Review")
                .name("审查 / Review")
                .camundaCandidateGroups("STAFF")
                .intermediateCatchEvent("Timer_ReplyDue")
                .name("答复期限 / Reply due")
                .timerWithDuration("${deadlines.replyDue()}")
                .intermediateCatchEvent("Event_Answered")
                .name("已答复 / Answered")
                .message("Msg_Answered")
                .serviceTask("Service_Close")
                .name("办结 / Close")
                .camundaDelegateExpression("${closeDelegate}")
                .endEvent("End_Review")
                .done();
    }

    private List<Finding> check(UnaryOperator<String> edit) {
        return validator.validate("review", edit.apply(Bpmn.convertToString(valid())));
    }

    @Test
    void aDraftWithinEveryRuleHasNoFindings() {
        assertThat(check(xml -> xml)).isEmpty();
    }

    static List<Arguments> brokenDrafts() {
        return List.of(
                Arguments.of(
                        "literal timer",
                        (UnaryOperator<String>) xml -> xml.replace("${deadlines.replyDue()}", "P30D"),
                        ContractRule.LITERAL_TIMER.name(),
                        "Timer_ReplyDue",
                        "答复期限 / Reply due"),
                Arguments.of(
                        "unknown task type",
                        (UnaryOperator<String>) xml -> xml.replace("Task_Review", "Task_Approve"),
                        ContractRule.UNKNOWN_TASK_TYPE.name(),
                        "Task_Approve",
                        "审查 / Review"),
                Arguments.of(
                        "missing delegate bean",
                        (UnaryOperator<String>) xml -> xml.replace("${closeDelegate}", "${closeDelegat}"),
                        ContractRule.MISSING_DELEGATE_BEAN.name(),
                        "Service_Close",
                        "办结 / Close"),
                Arguments.of(
                        "delegate expression that is not one bean",
                        (UnaryOperator<String>)
                                xml -> xml.replace("${closeDelegate}", "${closeDelegate.run(execution)}"),
                        ContractRule.DELEGATE_NOT_ONE_BEAN.name(),
                        "Service_Close",
                        "办结 / Close"),
                Arguments.of(
                        "camunda:class",
                        (UnaryOperator<String>) xml -> xml.replace(
                                "camunda:delegateExpression=\"${closeDelegate}\"",
                                "camunda:class=\"com.example.Close\""),
                        ContractRule.CAMUNDA_CLASS.name(),
                        "Service_Close",
                        "办结 / Close"),
                Arguments.of(
                        "unbridged message",
                        (UnaryOperator<String>) xml -> xml.replace("name=\"Msg_Answered\"", "name=\"Msg_Nobody\""),
                        ContractRule.UNBRIDGED_MESSAGE.name(),
                        "Event_Answered",
                        "已答复 / Answered"),
                Arguments.of(
                        "missing history time to live",
                        (UnaryOperator<String>) xml -> xml.replace("camunda:historyTimeToLive=\"30\"", ""),
                        ContractRule.NO_HISTORY_TTL.name(),
                        "review",
                        "审查 / Review"),
                Arguments.of(
                        "a task offered to nobody",
                        (UnaryOperator<String>) xml -> xml.replace("camunda:candidateGroups=\"STAFF\"", ""),
                        DraftValidator.OFFERED_TO_NOBODY,
                        "Task_Review",
                        "审查 / Review"),
                Arguments.of(
                        "a process id that is not the draft's key",
                        (UnaryOperator<String>) xml -> xml.replace("id=\"review\"", "id=\"review-2\""),
                        DraftValidator.WRONG_KEY,
                        "review-2",
                        "审查 / Review"),
                Arguments.of(
                        "Camunda's parser: a multi-instance task with nothing to loop over",
                        (UnaryOperator<String>)
                                xml -> xml.replace("</userTask>", "<multiInstanceLoopCharacteristics/></userTask>"),
                        DraftValidator.PARSER,
                        "Task_Review",
                        "审查 / Review"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenDrafts")
    void eachBrokenRuleIsFoundOnItsElement(
            String rule, UnaryOperator<String> edit, String code, String elementId, String elementName) {
        List<Finding> findings = check(edit);

        assertThat(findings).extracting(Finding::rule).contains(code);
        if (elementId != null) {
            assertThat(findings)
                    .filteredOn(f -> f.rule().equals(code))
                    .extracting(Finding::elementId, Finding::elementName)
                    .contains(org.assertj.core.groups.Tuple.tuple(elementId, elementName));
        }
    }

    @Test
    void textThatIsNotBpmnIsOneFindingOnTheWholeDraft() {
        assertThat(validator.validate("review", "<not-bpmn/>")).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(DraftValidator.UNREADABLE);
            assertThat(f.elementId()).isNull();
        });
    }

    /** Two tasks of a registry where the approval reads the review's verdict and the review reads the case's id. */
    private static DraftValidator withVariables(ProcessEngineExtension extension) {
        BpmnContract contract = new BpmnContract(
                Set.of("Task_Review", "Task_Approve")::contains, Set.of("closeDelegate")::contains, Set.of());
        Map<String, Set<String>> needs = Map.of("Task_Review", Set.of("reviewId"), "Task_Approve", Set.of("verdict"));
        Map<String, Set<String>> sets = Map.of("Task_Review", Set.of("verdict"));
        return new DraftValidator(
                extension.getProcessEngine(),
                () -> contract,
                new TaskVariables(
                        key -> needs.getOrDefault(key, Set.of()),
                        key -> sets.getOrDefault(key, Set.of()),
                        process -> "review".equals(process) ? Set.of("reviewId") : Set.of()));
    }

    private static String reviewThenApprove(String first, String second) {
        return Bpmn.convertToString(Bpmn.createExecutableProcess("review")
                .name("审查 / Review")
                .camundaHistoryTimeToLive(30)
                .startEvent("Start_Review")
                .userTask(first)
                .name(first.equals("Task_Review") ? "审查 / Review" : "审批 / Approve")
                .camundaCandidateGroups("STAFF")
                .userTask(second)
                .name(second.equals("Task_Review") ? "审查 / Review" : "审批 / Approve")
                .camundaCandidateGroups("STAFF")
                .endEvent("End_Review")
                .done());
    }

    @Test
    void aTaskAfterTheStepThatSetsWhatItsFormNeedsHasNoFinding() {
        assertThat(withVariables(extension).validate("review", reviewThenApprove("Task_Review", "Task_Approve")))
                .isEmpty();
    }

    @Test
    void aTaskWhoseFormNeedsAVariableNoEarlierStepSetsIsFoundOnTheTask() {
        List<Finding> findings =
                withVariables(extension).validate("review", reviewThenApprove("Task_Approve", "Task_Review"));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(DraftValidator.VARIABLE_NOT_SET);
            assertThat(f.elementId()).isEqualTo("Task_Approve");
            assertThat(f.elementName()).isEqualTo("审批 / Approve");
            assertThat(f.message()).contains("verdict");
        });
    }
}
