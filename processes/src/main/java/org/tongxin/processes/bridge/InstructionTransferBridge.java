package org.tongxin.processes.bridge;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import org.tongxin.engine.report.LeaderInstructionRecorded;
import org.tongxin.engine.shared.HandlingId;
import org.tongxin.engine.shared.HandlingRole;
import org.tongxin.processes.contract.Correlates;
import org.tongxin.processes.handling.DepartmentHandlingProcess;

/**
 * A leader's instruction that transfers the matter to departments starts one department handling per department:
 * the instruction kind has no parent process, so its handlings start here, each on its own (分办), with nobody to
 * evaluate the reply and no co-handlers. The process opens the handling, as it does for a proposal's.
 */
@Component
@ProcessingGroup(ProcessBridge.GROUP)
@Correlates(DepartmentHandlingProcess.MSG_HANDLING_TRANSFERRED)
class InstructionTransferBridge {

    private final RuntimeService runtimeService;
    private final ZoneId zone;

    InstructionTransferBridge(RuntimeService runtimeService, Clock clock) {
        this.runtimeService = runtimeService;
        this.zone = clock.getZone();
    }

    @EventHandler
    void on(LeaderInstructionRecorded event) {
        LocalDate transferredOn = LocalDate.ofInstant(event.recordedAt(), zone);
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
            // Asynchronous after the start event: the handling's command must not run nested in this one, whose
            // events are published only when it commits.
            runtimeService
                    .createMessageCorrelation(DepartmentHandlingProcess.MSG_HANDLING_TRANSFERRED)
                    .processInstanceBusinessKey(handling.value())
                    .setVariables(variables)
                    .correlateStartMessage();
        }
    }
}
