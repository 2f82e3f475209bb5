package org.tongxin.engine.clue;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;

/** The other half of a merge: the earlier clue records the clue merged into it, so lineage runs both ways. */
public record AbsorbClue(@TargetAggregateIdentifier ClueId clueId, ClueId mergedClue, ActorRef by)
        implements ClueCommand {}
