package org.tongxin.processes.studio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tongxin.processes.contract.BpmnContract;
import org.tongxin.processes.contract.ContractRule;
import org.tongxin.processes.testing.ProcessEngineFixture;

/** A brand-new process starts as one start event that passes every check, and stays under the same contract. */
class NewProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineFixture.extension();

    private DraftValidator validator;

    @BeforeEach
    void setUp() {
        ProcessEngineFixture.register(Map.of());
        BpmnContract contract = new BpmnContract(Set.of("Task_Review")::contains, Set.of()::contains, Set.of());
        validator = new DraftValidator(extension.getProcessEngine(), () -> contract);
    }

    @Test
    void theEmptyDiagramOfANewProcessHasOneStartEventAndNoFindings() {
        String xml = NewProcess.xml("citizen-hearing", "听证 / Hearing");

        assertThat(xml)
                .contains("id=\"citizen-hearing\"")
                .contains("Start_Process")
                .contains("BPMNShape");
        assertThat(validator.validate("citizen-hearing", xml)).isEmpty();
    }

    @Test
    void aNewProcessUsingATaskTheRegistryDoesNotKnowIsFoundOut() {
        String xml = NewProcess.xml("citizen-hearing", "听证 / Hearing")
                .replaceFirst(
                        "(<startEvent id=\"Start_Process\" name=\"[^\"]*\"/?>)",
                        "$1<userTask id=\"Task_Hear\" name=\"听取意见 / Hear\" camunda:candidateGroups=\"STAFF\"/>");

        List<Finding> findings = validator.validate("citizen-hearing", xml);

        assertThat(findings)
                .extracting(Finding::rule, Finding::elementId)
                .contains(org.assertj.core.groups.Tuple.tuple(ContractRule.UNKNOWN_TASK_TYPE.name(), "Task_Hear"));
    }

    @Test
    void keysAreLowerCaseWordsJoinedByHyphens() {
        assertThat(NewProcess.validKey("citizen-hearing")).isTrue();
        assertThat(NewProcess.validKey("Citizen Hearing")).isFalse();
        assertThat(NewProcess.validKey("-hearing")).isFalse();
        assertThat(NewProcess.validKey("a".repeat(NewProcess.KEY_MAX + 1))).isFalse();
    }
}
