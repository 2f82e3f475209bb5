package org.tongxin.engine.proposal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;

/** The committee's vote on how a key proposal was handled (票决评价), as counted votes. */
public record RecordHandlingVote(
        @TargetAggregateIdentifier ProposalId proposalId,
        int satisfied,
        int basicallySatisfied,
        int unsatisfied,
        int abstained,
        ActorRef by)
        implements ProposalCommand {}
