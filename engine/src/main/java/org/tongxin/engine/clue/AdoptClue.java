package org.tongxin.engine.clue;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;

/** A member takes up a published clue (认领) to draft a proposal from it; the first claim wins. */
public record AdoptClue(@TargetAggregateIdentifier ClueId clueId, ActorRef by) implements ClueCommand {}
