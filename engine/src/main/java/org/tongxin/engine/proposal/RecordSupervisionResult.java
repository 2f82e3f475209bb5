package org.tongxin.engine.proposal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;

/**
 * Records on a proposal the result of a democratic-supervision entry (民主监督) it was a source of — its key-proposal
 * supervision or the handling still unsatisfied after re-handle — so the case shows it and its clues hear it.
 */
public record RecordSupervisionResult(
        @TargetAggregateIdentifier ProposalId proposalId, String supervisionId, String result, ActorRef by)
        implements ProposalCommand {}
