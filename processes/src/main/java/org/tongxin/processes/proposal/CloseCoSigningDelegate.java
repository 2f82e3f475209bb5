package org.tongxin.processes.proposal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.tongxin.engine.proposal.CloseCoSigning;
import org.tongxin.engine.proposal.ProposalId;
import org.tongxin.engine.proposal.ProposalRule;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.processes.command.CommandSender;
import org.tongxin.processes.delegate.CommandDelegate;

/** {@code Service_CloseCoSigning}: everyone answered or the deadline passed; unconfirmed co-signers are dropped. */
@Component("closeCoSigning")
class CloseCoSigningDelegate extends CommandDelegate {

    CloseCoSigningDelegate(CommandSender commands) {
        super(commands);
    }

    @Override
    public void execute(DelegateExecution execution) {
        sendOnce(
                execution,
                new CloseCoSigning(new ProposalId(execution.getProcessBusinessKey()), ActorRef.system()),
                ProposalRule.CO_SIGNING_ALREADY_CLOSED);
    }
}
