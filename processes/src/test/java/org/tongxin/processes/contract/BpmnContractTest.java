package org.tongxin.processes.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;

class BpmnContractTest {

    private final BpmnContract contract =
            new BpmnContract(Set.of("Task_Known")::contains, Set.of("knownDelegate")::contains, Set.of("Msg_Known"));

    @Test
    void aModelWithinTheContractPasses() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("p")
                .camundaHistoryTimeToLive(30)
                .startEvent("StartEvent_1")
                .userTask("Task_Known")
                .serviceTask("Service_Known")
                .camundaDelegateExpression("${knownDelegate}")
                .intermediateCatchEvent("Event_Wait")
                .timerWithDuration("${deadlines.replyDue()}")
                .intermediateCatchEvent("Event_Message")
                .message("Msg_Known")
                .endEvent()
                .done();
        assertThat(contract.check(model)).isEmpty();
    }

    @Test
    void everyBreachIsNamedByItsElement() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("p")
                .startEvent()
                .userTask("Task_Unknown")
                .serviceTask("Service_Unknown")
                .camundaDelegateExpression("${missingBean}")
                .serviceTask("Service_Class")
                .camundaClass("com.example.Delegate")
                .intermediateCatchEvent("Event_Literal")
                .timerWithDuration("P3M")
                .intermediateCatchEvent("Event_Unbridged")
                .message("Msg_Nobody")
                .endEvent()
                .done();
        // The fluent builder adds a default time to live; a hand-written diagram may lack it.
        model.getModelElementById("p").removeAttributeNs("http://camunda.org/schema/1.0/bpmn", "historyTimeToLive");
        List<ContractViolation> violations = contract.check(model);
        assertThat(violations)
                .extracting(ContractViolation::elementId)
                .containsExactlyInAnyOrder(
                        "p", "Task_Unknown", "Service_Unknown", "Service_Class", "Event_Literal", "Event_Unbridged");
    }
}
