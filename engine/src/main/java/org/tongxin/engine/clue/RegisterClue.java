package org.tongxin.engine.clue;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;

/** Puts a clue into the clue pool. The tracking code is chosen (and kept unique) by the caller. */
public record RegisterClue(
        @TargetAggregateIdentifier ClueId clueId,
        String trackingCode,
        String title,
        String content,
        ClueSource source,
        Location location,
        Attribution attribution,
        Submitter submitter,
        ActorRef by)
        implements ClueCommand {}
