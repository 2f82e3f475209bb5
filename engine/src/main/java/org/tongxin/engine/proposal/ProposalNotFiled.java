package org.tongxin.engine.proposal;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.clue.ClueId;
import org.tongxin.engine.shared.ActorRef;

/** Ends the proposal; the proposer and, through {@code sourceClues}, every upstream clue are told why. */
@Revision("1")
public record ProposalNotFiled(
        ProposalId proposalId,
        NotFiledGround ground,
        NotFiledDisposition disposition,
        String forwardedTo,
        String note,
        List<ClueId> sourceClues,
        ActorRef decidedBy,
        Instant decidedAt)
        implements ProposalEvent {}
