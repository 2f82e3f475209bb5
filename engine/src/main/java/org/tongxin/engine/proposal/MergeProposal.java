package org.tongxin.engine.proposal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;

/**
 * The filing review merges the proposal into another that is under review or filed (并案): it is not filed on its
 * own and its proposer is told which proposal it is handled with. {@code into} is null when no such proposal exists.
 */
public record MergeProposal(
        @TargetAggregateIdentifier ProposalId proposalId, MergeTarget into, String note, ActorRef by)
        implements ProposalCommand {}
