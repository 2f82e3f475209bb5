package org.tongxin.engine.clue;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;

/**
 * Triage of a clue (分类整理): its category and street, and what it becomes. {@code declineGround} and
 * {@code redirectedTo} belong to {@link ClueRoute#DECLINE}, {@code mergeInto} to {@link ClueRoute#MERGE}.
 */
public record ClassifyClue(
        @TargetAggregateIdentifier ClueId clueId,
        String category,
        String street,
        ClueRoute route,
        DeclineGround declineGround,
        String redirectedTo,
        ClueId mergeInto,
        ActorRef by)
        implements ClueCommand {}
