package org.tongxin.engine.proposal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;

/**
 * The filing review does not file the proposal (不予立案). {@code forwardedTo} names where the content went and
 * belongs to {@link NotFiledDisposition#FORWARDED} only.
 */
public record RejectFiling(
        @TargetAggregateIdentifier ProposalId proposalId,
        NotFiledGround ground,
        NotFiledDisposition disposition,
        String forwardedTo,
        String note,
        ActorRef by)
        implements ProposalCommand {}
