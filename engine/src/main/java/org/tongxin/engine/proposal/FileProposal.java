package org.tongxin.engine.proposal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;

/**
 * The filing review accepts the proposal (立案) under a category, e.g. 城乡建设, with the number it is filed under
 * (e.g. {@code 2026-0042}: the year, then the count within the year). The number is allocated by the application,
 * which keeps the per-year counter, and comes in with the command.
 */
public record FileProposal(
        @TargetAggregateIdentifier ProposalId proposalId, String category, String number, ActorRef by)
        implements ProposalCommand {}
