package org.tongxin.engine.clue;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;

/** Ends a clue's life once it reached an outcome and its submitter was told (件件有回应). */
public record CloseClue(@TargetAggregateIdentifier ClueId clueId, ActorRef by) implements ClueCommand {}
