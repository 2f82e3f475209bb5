package org.tongxin.engine.proposal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;

/** A co-signer of a joint proposal confirms; the co-signer is {@code by}. */
public record ConfirmCoSignature(@TargetAggregateIdentifier ProposalId proposalId, ActorRef by)
        implements ProposalCommand {}
