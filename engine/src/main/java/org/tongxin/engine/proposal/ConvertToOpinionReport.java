package org.tongxin.engine.proposal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;

/** The filing review turns the proposal into a public-opinion report (社情民意信息) instead of filing it. */
public record ConvertToOpinionReport(@TargetAggregateIdentifier ProposalId proposalId, String note, ActorRef by)
        implements ProposalCommand {}
