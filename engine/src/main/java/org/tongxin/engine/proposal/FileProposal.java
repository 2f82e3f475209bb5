package org.tongxin.engine.proposal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;

/** The filing review accepts the proposal (立案) under a category, e.g. 城乡建设. */
public record FileProposal(@TargetAggregateIdentifier ProposalId proposalId, String category, ActorRef by)
        implements ProposalCommand {}
