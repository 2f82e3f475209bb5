package org.tongxin.engine.proposal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;

/**
 * Ends the wait for co-signers, sent by the due-date timer or by the office once everyone has responded. A repeat is
 * refused with {@link ProposalRule#CO_SIGNING_ALREADY_CLOSED}, which a retried job may treat as done.
 */
public record CloseCoSigning(@TargetAggregateIdentifier ProposalId proposalId, ActorRef by)
        implements ProposalCommand {}
