package org.tongxin.processes.bridge;

import java.util.HashMap;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import org.tongxin.engine.proposal.ProposalSubmitted;
import org.tongxin.engine.proposal.ProposerKind;
import org.tongxin.processes.proposal.ProposalLifecycleProcess;

/** A submitted proposal starts its lifecycle. */
@Component
@ProcessingGroup(ProcessBridge.GROUP)
class ProposalLifecycleBridge {

    private final RuntimeService runtimeService;

    ProposalLifecycleBridge(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    @EventHandler
    void on(ProposalSubmitted event) {
        String proposalId = event.proposalId().value();
        Map<String, Object> variables = new HashMap<>();
        variables.put(ProposalLifecycleProcess.VAR_PROPOSAL_ID, proposalId);
        variables.put(ProposalLifecycleProcess.VAR_JOINT, event.kind() == ProposerKind.JOINT);
        variables.put(ProposalLifecycleProcess.VAR_CO_SIGNERS, ProposalLifecycleProcess.coSigners(event.coSigners()));
        if (event.coSignerConfirmationDue() != null) {
            variables.put(
                    ProposalLifecycleProcess.VAR_CO_SIGNING_DUE,
                    event.coSignerConfirmationDue().toString());
        }
        runtimeService.startProcessInstanceByKey(ProposalLifecycleProcess.KEY, proposalId, variables);
    }
}
