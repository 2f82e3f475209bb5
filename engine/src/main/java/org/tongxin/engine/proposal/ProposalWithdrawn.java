package org.tongxin.engine.proposal;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.clue.ClueId;
import org.tongxin.engine.shared.ActorRef;

/** Carries the source clues, as every end of a proposal does, so the clues hear what became of it. */
@Revision("1")
public record ProposalWithdrawn(
        ProposalId proposalId, String reason, List<ClueId> sourceClues, ActorRef withdrawnBy, Instant withdrawnAt)
        implements ProposalEvent {}
