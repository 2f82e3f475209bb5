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
import org.tongxin.engine.shared.HandlingRole;
import org.tongxin.engine.supervision.RectificationAnswered;
import org.tongxin.engine.supervision.RectificationOrdered;
import org.tongxin.engine.supervision.SupervisionEntryRegistered;
import org.tongxin.processes.contract.Correlates;
import org.tongxin.processes.handling.DepartmentHandlingProcess;
import org.tongxin.processes.supervision.SupervisionProcess;

/**
 * A filed pool entry starts its {@code supervision} process; a finding sent for rectification starts the department's
 * handling of kind {@code RECTIFICATION} (on its own, nobody evaluating it, as an instruction's); a department's answer
 * starts the team's verification in the entry's process.
 */
@Component
@ProcessingGroup(ProcessBridge.GROUP)
@Correlates({
    SupervisionProcess.MSG_ENTRY_REGISTERED,
    SupervisionProcess.MSG_RECTIFICATION_ANSWERED,
    DepartmentHandlingProcess.MSG_HANDLING_TRANSFERRED
})
class SupervisionBridge {

    private final RuntimeService runtimeService;
    private final Correlations correlations;
    private final ZoneId zone;

    SupervisionBridge(RuntimeService runtimeService, Correlations correlations, Clock clock) {
        this.runtimeService = runtimeService;
        this.correlations = correlations;
        this.zone = clock.getZone();
    }

    @EventHandler
    void on(SupervisionEntryRegistered event) {
        runtimeService
                .createMessageCorrelation(SupervisionProcess.MSG_ENTRY_REGISTERED)
                .processInstanceBusinessKey(event.supervisionId().value())
                .setVariable(
                        SupervisionProcess.VAR_SUPERVISION_ID,
                        event.supervisionId().value())
                .correlateStartMessage();
    }

    @EventHandler
    void on(RectificationOrdered event) {
        LocalDate orderedOn = LocalDate.ofInstant(event.orderedAt(), zone);
        Map<String, Object> variables = new HashMap<>();
        variables.put(
                DepartmentHandlingProcess.VAR_HANDLING_ID, event.handlingId().value());
        variables.put(
                DepartmentHandlingProcess.VAR_DEPARTMENT, event.department().value());
        variables.put(DepartmentHandlingProcess.VAR_ROLE, HandlingRole.SEPARATE.name());
        variables.put(DepartmentHandlingProcess.VAR_ASSIGNED_ON, orderedOn.toString());
        variables.put(DepartmentHandlingProcess.VAR_KEY_PROPOSAL, false);
        variables.put(DepartmentHandlingProcess.VAR_CO_HANDLER_COUNT, 0);
        // The start is asynchronous: the handling opens in its own job, after this command's events are published.
        runtimeService
                .createMessageCorrelation(DepartmentHandlingProcess.MSG_HANDLING_TRANSFERRED)
                .processInstanceBusinessKey(event.handlingId().value())
                .setVariables(variables)
                .correlateStartMessage();
    }

    @EventHandler
    void on(RectificationAnswered event) {
        correlations.correlate(
                SupervisionProcess.MSG_RECTIFICATION_ANSWERED,
                SupervisionProcess.KEY,
                event.supervisionId().value(),
                Map.of(
                        SupervisionProcess.VAR_ANSWERED_HANDLING_ID,
                        event.handlingId().value()));
    }
}
