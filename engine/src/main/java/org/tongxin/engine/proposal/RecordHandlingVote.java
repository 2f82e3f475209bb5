package org.tongxin.engine.proposal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;

/**
 * The committee's vote on how a key proposal was handled (票决评价), as counted votes; {@code voters} is how many
 * members took part in the vote, the counts add up to no more than it (a ballot left blank counts in none).
 */
public record RecordHandlingVote(
        @TargetAggregateIdentifier ProposalId proposalId,
        int voters,
        int satisfied,
        int basicallySatisfied,
        int unsatisfied,
        int abstained,
        ActorRef by)
        implements ProposalCommand {}
