package org.tongxin.processes.bridge;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import org.tongxin.engine.consultation.FollowUpClosed;
import org.tongxin.engine.consultation.SuggestionsTransferred;
import org.tongxin.engine.consultation.TopicCreated;
import org.tongxin.engine.shared.HandlingId;
import org.tongxin.engine.shared.HandlingRole;
import org.tongxin.processes.consultation.ConsultationProcess;
import org.tongxin.processes.contract.Correlates;
import org.tongxin.processes.handling.DepartmentHandlingProcess;

/**
 * A created topic starts its consultation process; transferred suggestions start one department handling per
 * suggestion and department, each on its own with nobody to evaluate the answer (like an instruction's); the last
 * answer lets the follow-up end. A follow-up the office closes ends by completing its own task, so only the closure
 * by the last answer is correlated.
 */
@Component
@ProcessingGroup(ProcessBridge.GROUP)
@Correlates({ConsultationProcess.MSG_ALL_ANSWERED, DepartmentHandlingProcess.MSG_HANDLING_TRANSFERRED})
class ConsultationBridge {

    private final RuntimeService runtimeService;
    private final Correlations correlations;

    ConsultationBridge(RuntimeService runtimeService, Correlations correlations) {
        this.runtimeService = runtimeService;
        this.correlations = correlations;
    }

    @EventHandler
    void on(TopicCreated event) {
        String topic = event.topicId().value();
        runtimeService.startProcessInstanceByKey(
                ConsultationProcess.KEY,
                topic,
                Map.of(
                        ConsultationProcess.VAR_TOPIC_ID,
                        topic,
                        ConsultationProcess.VAR_KIND,
                        event.kind().name()));
    }

    @EventHandler
    void on(SuggestionsTransferred event) {
        LocalDate transferredOn = event.transferredOn();
        for (HandlingId handling : event.handlings()) {
            Map<String, Object> variables = new HashMap<>();
            variables.put(DepartmentHandlingProcess.VAR_HANDLING_ID, handling.value());
            variables.put(
                    DepartmentHandlingProcess.VAR_DEPARTMENT,
                    handling.department().value());
            variables.put(DepartmentHandlingProcess.VAR_ROLE, HandlingRole.SEPARATE.name());
            variables.put(DepartmentHandlingProcess.VAR_ASSIGNED_ON, transferredOn.toString());
            variables.put(DepartmentHandlingProcess.VAR_KEY_PROPOSAL, false);
            variables.put(DepartmentHandlingProcess.VAR_CO_HANDLER_COUNT, 0);
            runtimeService
                    .createMessageCorrelation(DepartmentHandlingProcess.MSG_HANDLING_TRANSFERRED)
                    .processInstanceBusinessKey(handling.value())
                    .setVariables(variables)
                    .correlateStartMessage();
        }
    }

    @EventHandler
    void on(FollowUpClosed event) {
        if (event.allAnswered()) {
            correlations.correlate(
                    ConsultationProcess.MSG_ALL_ANSWERED,
                    ConsultationProcess.KEY,
                    event.topicId().value(),
                    Map.of());
        }
    }
}
