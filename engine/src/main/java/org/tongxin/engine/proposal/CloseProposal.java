package org.tongxin.engine.proposal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;

/** Closes the proposal once every handling has closed; a repeat is refused with {@link ProposalRule#ALREADY_CLOSED}. */
public record CloseProposal(@TargetAggregateIdentifier ProposalId proposalId, ActorRef by) implements ProposalCommand {}
