package org.tongxin.engine.proposal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;

public record WithdrawProposal(@TargetAggregateIdentifier ProposalId proposalId, String reason, ActorRef by)
        implements ProposalCommand {}
