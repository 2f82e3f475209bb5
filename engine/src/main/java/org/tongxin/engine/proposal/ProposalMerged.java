package org.tongxin.engine.proposal;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.clue.ClueId;
import org.tongxin.engine.shared.ActorRef;

/**
 * Ends the proposal as merged into {@code into} (并案), named {@code intoLabel} when the decision was taken; the
 * proposer and every upstream clue are told.
 */
@Revision("1")
public record ProposalMerged(
        ProposalId proposalId,
        ProposalId into,
        String intoLabel,
        String note,
        List<ClueId> sourceClues,
        ActorRef decidedBy,
        Instant decidedAt)
        implements ProposalEvent {}
