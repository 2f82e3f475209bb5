package org.tongxin.engine.proposal;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.clue.ClueId;
import org.tongxin.engine.shared.ActorRef;

/** 办结: the feedback fan-out tells every clue in {@code sourceClues}, and through it the clue's submitter. */
@Revision("1")
public record ProposalClosed(
        ProposalId proposalId,
        List<ClueId> sourceClues,
        List<DepartmentOutcome> outcomes,
        ActorRef closedBy,
        Instant closedAt)
        implements ProposalEvent {}
