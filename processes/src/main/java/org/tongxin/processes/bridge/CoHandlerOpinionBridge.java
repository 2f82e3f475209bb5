package org.tongxin.processes.bridge;

import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import org.tongxin.engine.handling.CoHandlerOpinionSent;
import org.tongxin.engine.handling.HandlingId;
import org.tongxin.engine.handling.ReceiveCoHandlerOpinion;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.processes.command.CommandSender;
import org.tongxin.processes.contract.Correlates;
import org.tongxin.processes.handling.DepartmentHandlingProcess;

/**
 * A co-handler's opinion reaches the lead: the lead handling records it, and the lead's process, which waits for
 * every co-handler (or for the opinion deadline), moves on once the last one is in.
 */
@Component
@ProcessingGroup(ProcessBridge.GROUP)
@Correlates(DepartmentHandlingProcess.MSG_CO_HANDLER_OPINIONS_COMPLETE)
class CoHandlerOpinionBridge {

    private final RuntimeService runtimeService;
    private final CommandSender commands;
    private final Correlations correlations;

    CoHandlerOpinionBridge(RuntimeService runtimeService, CommandSender commands, Correlations correlations) {
        this.runtimeService = runtimeService;
        this.commands = commands;
        this.correlations = correlations;
    }

    @EventHandler
    void on(CoHandlerOpinionSent event) {
        if (event.leadHandlingId() == null) {
            return;
        }
        // The lead's process knows the lead's current handling: after a reassignment it is no longer the one the
        // co-handler was opened with.
        ProcessInstance lead = runtimeService
                .createProcessInstanceQuery()
                .processDefinitionKey(DepartmentHandlingProcess.KEY)
                .variableValueEquals(DepartmentHandlingProcess.VAR_PROPOSAL_ID, proposalOf(event.leadHandlingId()))
                .variableValueEquals(DepartmentHandlingProcess.VAR_ROLE, "LEAD")
                .singleResult();
        String leadHandling = lead == null
                ? event.leadHandlingId()
                : (String) runtimeService.getVariable(lead.getId(), DepartmentHandlingProcess.VAR_HANDLING_ID);
        commands.send(
                new ReceiveCoHandlerOpinion(
                        new HandlingId(leadHandling), event.department(), event.opinion(), ActorRef.system()),
                Map.of("origin", "policy:co-handler-opinion"));
        if (lead == null) {
            return;
        }
        int received = number(lead.getId(), DepartmentHandlingProcess.VAR_OPINIONS_RECEIVED) + 1;
        runtimeService.setVariable(lead.getId(), DepartmentHandlingProcess.VAR_OPINIONS_RECEIVED, received);
        if (received >= number(lead.getId(), DepartmentHandlingProcess.VAR_CO_HANDLER_COUNT)) {
            correlations.correlateByVariable(
                    DepartmentHandlingProcess.MSG_CO_HANDLER_OPINIONS_COMPLETE,
                    DepartmentHandlingProcess.KEY,
                    DepartmentHandlingProcess.VAR_HANDLING_ID,
                    leadHandling,
                    Map.of());
        }
    }

    /** Handling ids are {@code <proposalId>/<department>/<n>}. */
    private static String proposalOf(String handlingId) {
        return handlingId.substring(0, handlingId.indexOf('/'));
    }

    private int number(String processInstanceId, String variable) {
        Object value = runtimeService.getVariable(processInstanceId, variable);
        return value instanceof Number n ? n.intValue() : 0;
    }
}
