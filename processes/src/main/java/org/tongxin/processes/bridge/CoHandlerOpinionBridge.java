package org.tongxin.processes.bridge;

import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import org.tongxin.engine.handling.CoHandlerOpinionSent;
import org.tongxin.engine.handling.CoHandlerOpinionsComplete;
import org.tongxin.engine.handling.ReceiveCoHandlerOpinion;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.HandlingId;
import org.tongxin.engine.shared.HandlingRole;
import org.tongxin.processes.command.CommandSender;
import org.tongxin.processes.contract.Correlates;
import org.tongxin.processes.handling.DepartmentHandlingProcess;

/**
 * A co-handler's opinion reaches the lead: the lead handling records it, and when the lead handling says every
 * expected opinion is in ({@link CoHandlerOpinionsComplete}), the lead's process is told. Nothing is counted here.
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
                .variableValueEquals(
                        DepartmentHandlingProcess.VAR_PROPOSAL_ID, new HandlingId(event.leadHandlingId()).sourceId())
                .variableValueEquals(DepartmentHandlingProcess.VAR_ROLE, HandlingRole.LEAD.name())
                .singleResult();
        String leadHandling = lead == null
                ? event.leadHandlingId()
                : (String) runtimeService.getVariable(lead.getId(), DepartmentHandlingProcess.VAR_HANDLING_ID);
        commands.send(
                new ReceiveCoHandlerOpinion(
                        new HandlingId(leadHandling), event.department(), event.opinion(), ActorRef.system()),
                Map.of("origin", "policy:co-handler-opinion"));
    }

    /**
     * A lead still contacting the proposer is not waiting yet: it finds the fact in its variable when it gets to the
     * question.
     */
    @EventHandler
    void on(CoHandlerOpinionsComplete event) {
        correlations.correlateOrRecord(
                DepartmentHandlingProcess.MSG_CO_HANDLER_OPINIONS_COMPLETE,
                DepartmentHandlingProcess.KEY,
                DepartmentHandlingProcess.VAR_HANDLING_ID,
                event.handlingId().value(),
                Map.of(DepartmentHandlingProcess.VAR_OPINIONS_COMPLETE, true));
    }
}
