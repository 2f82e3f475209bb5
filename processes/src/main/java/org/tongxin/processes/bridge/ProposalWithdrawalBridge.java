package org.tongxin.processes.bridge;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import org.tongxin.engine.proposal.ProposalWithdrawn;
import org.tongxin.processes.proposal.ProposalLifecycleProcess;

/**
 * A proposal withdrawn after submission ends its lifecycle wherever it waits (co-signing or filing review), so no
 * co-signer or clerk is left with a task on it. A draft withdrawn before submission has no lifecycle yet. The
 * instance is deleted rather than steered to an end event because a withdrawal may come at any wait state before
 * filing, and its tasks leave the inbox through the delete listener.
 */
@Component
@ProcessingGroup(ProcessBridge.GROUP)
class ProposalWithdrawalBridge {

    static final String REASON = "proposal withdrawn";

    private final RuntimeService runtimeService;

    ProposalWithdrawalBridge(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    @EventHandler
    void on(ProposalWithdrawn event) {
        for (ProcessInstance instance : runtimeService
                .createProcessInstanceQuery()
                .processDefinitionKey(ProposalLifecycleProcess.KEY)
                .processInstanceBusinessKey(event.proposalId().value())
                .list()) {
            runtimeService.deleteProcessInstance(instance.getId(), REASON);
        }
    }
}
