package org.tongxin.engine.proposal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;

/** A co-signer of a joint proposal declines; the reason is optional, as nobody may be made to co-sign. */
public record DeclineCoSignature(@TargetAggregateIdentifier ProposalId proposalId, String reason, ActorRef by)
        implements ProposalCommand {}
