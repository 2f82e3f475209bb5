package org.tongxin.engine.clue;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;

/** Records what the clue became (a proposal, a consultation topic or a public-opinion report) and its id. */
public record ConvertClue(
        @TargetAggregateIdentifier ClueId clueId, ConversionTarget target, String targetId, ActorRef by)
        implements ClueCommand {}
