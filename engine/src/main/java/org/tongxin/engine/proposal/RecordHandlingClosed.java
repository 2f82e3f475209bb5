package org.tongxin.engine.proposal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;

/**
 * Tells the proposal that one of its handlings has closed (办结). Sent by the process when the handling closes; a
 * repeat is refused with {@link ProposalRule#HANDLING_ALREADY_CLOSED}, which a retried job may treat as done.
 */
public record RecordHandlingClosed(
        @TargetAggregateIdentifier ProposalId proposalId, String handlingId, OutcomeSummary outcome, ActorRef by)
        implements ProposalCommand {}
