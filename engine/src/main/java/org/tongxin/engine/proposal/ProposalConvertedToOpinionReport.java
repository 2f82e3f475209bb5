package org.tongxin.engine.proposal;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.clue.ClueId;
import org.tongxin.engine.shared.ActorRef;

/** Ends the proposal; the report itself is written and tracked elsewhere, and the source clues hear of it. */
@Revision("1")
public record ProposalConvertedToOpinionReport(
        ProposalId proposalId, String note, List<ClueId> sourceClues, ActorRef convertedBy, Instant convertedAt)
        implements ProposalEvent {}
