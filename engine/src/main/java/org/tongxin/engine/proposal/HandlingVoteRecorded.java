package org.tongxin.engine.proposal;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;

@Revision("1")
public record HandlingVoteRecorded(
        ProposalId proposalId,
        int satisfied,
        int basicallySatisfied,
        int unsatisfied,
        int abstained,
        ActorRef recordedBy,
        Instant recordedAt)
        implements ProposalEvent {}
