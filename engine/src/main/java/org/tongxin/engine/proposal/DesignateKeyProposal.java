package org.tongxin.engine.proposal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;

/** Makes the proposal a key proposal (重点提案) supervised by a leader, named by user id. */
public record DesignateKeyProposal(
        @TargetAggregateIdentifier ProposalId proposalId, String supervisingLeader, ActorRef by)
        implements ProposalCommand {}
