package org.tongxin.engine.proposal;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.clue.ClueId;
import org.tongxin.engine.shared.ActorRef;

/**
 * Starts a proposal. A member drafts his own (as lead proposer); the proposal office drafts a body's, naming the body
 * and, as lead proposer, the user who speaks for it. {@code sourceClues} are the clues it adopts (认领), which hear back
 * when the proposal ends.
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
        ActorRef by)
        implements ProposalCommand {}
