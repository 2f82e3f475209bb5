package org.tongxin.engine.proposal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;

public record SubmitProposal(@TargetAggregateIdentifier ProposalId proposalId, ActorRef by)
        implements ProposalCommand {}
