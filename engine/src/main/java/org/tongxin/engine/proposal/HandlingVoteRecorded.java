package org.tongxin.engine.proposal;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;

/** Revision 2 added how many members voted and the result the counts give. */
@Revision("2")
public record HandlingVoteRecorded(
        ProposalId proposalId,
        int voters,
        int satisfied,
        int basicallySatisfied,
        int unsatisfied,
        int abstained,
        VoteResult result,
        ActorRef recordedBy,
        Instant recordedAt)
        implements ProposalEvent {}
