package org.tongxin.engine.proposal;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.clue.ClueId;
import org.tongxin.engine.shared.ActorRef;

/**
 * Starts a proposal. A member drafts his own (as lead proposer); the proposal office drafts a body's, naming the body
 * and, as lead proposer, the user who speaks for it. {@code sourceClues} are the clues it adopts (认领), which hear back
 * when the proposal ends. {@code category} is the category the proposer suggests (the office decides it at filing),
 * {@code suggestions} the concrete measures proposed (the content holds the case for them), and {@code channel} how it
 * came in: the office enters a member's proposal received on paper or in a plenary speech or a group discussion on
 * his behalf. Those three came later; the shorter constructor leaves them out.
 */
public record DraftProposal(
        @TargetAggregateIdentifier ProposalId proposalId,
        String title,
        String content,
        ProposerKind kind,
        String leadProposer,
        List<String> coSigners,
        ProposingBody body,
        List<ClueId> sourceClues,
        ActorRef by,
        String category,
        String suggestions,
        ProposalChannel channel)
        implements ProposalCommand {

    public DraftProposal(
            ProposalId proposalId,
            String title,
            String content,
            ProposerKind kind,
            String leadProposer,
            List<String> coSigners,
            ProposingBody body,
            List<ClueId> sourceClues,
            ActorRef by) {
        this(proposalId, title, content, kind, leadProposer, coSigners, body, sourceClues, by, null, null, null);
    }
}
