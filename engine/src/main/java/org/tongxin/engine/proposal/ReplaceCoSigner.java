package org.tongxin.engine.proposal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;

/**
 * The office corrects a co-signer named by mistake while co-signing is open: {@code replaced}, who has not answered,
 * gives way to {@code replacement}, who is asked in their place. The reason is recorded.
 */
public record ReplaceCoSigner(
        @TargetAggregateIdentifier ProposalId proposalId,
        String replaced,
        String replacement,
        String reason,
        ActorRef by)
        implements ProposalCommand {}
