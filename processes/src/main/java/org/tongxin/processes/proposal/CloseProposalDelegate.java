package org.tongxin.processes.proposal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.tongxin.engine.clue.ClueId;
import org.tongxin.engine.proposal.CloseProposal;
import org.tongxin.engine.proposal.ProposalClosed;
import org.tongxin.engine.proposal.ProposalId;
import org.tongxin.engine.proposal.ProposalRule;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.processes.command.CommandSender;
import org.tongxin.processes.delegate.CommandDelegate;

/** {@code Service_CloseProposal}: every handling has closed; the proposal closes and names what to feed back. */
@Component("closeProposal")
class CloseProposalDelegate extends CommandDelegate {

    private final Feedback feedback;

    CloseProposalDelegate(CommandSender commands, Feedback feedback) {
        super(commands);
        this.feedback = feedback;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var events = sendOnce(
                execution,
                new CloseProposal(new ProposalId(execution.getProcessBusinessKey()), ActorRef.system()),
                ProposalRule.ALREADY_CLOSED);
        for (ProposalClosed closed : eventsOf(events, ProposalClosed.class)) {
            execution.setVariable(
                    ProposalLifecycleProcess.VAR_SOURCE_CLUES,
                    ProposalLifecycleProcess.sourceClues(
                            closed.sourceClues().stream().map(ClueId::value).toList()));
            execution.setVariable(ProposalLifecycleProcess.VAR_FEEDBACK, feedback.closed(closed));
            execution.setVariable(
                    ProposalLifecycleProcess.VAR_FEEDBACK_PHRASE, Feedback.json(Feedback.closedPhrase(closed)));
        }
    }
}
