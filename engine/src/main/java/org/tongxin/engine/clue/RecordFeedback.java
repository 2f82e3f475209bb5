package org.tongxin.engine.clue;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;

/**
 * The result of a downstream outcome (a proposal closed or not filed, a topic settled…) returned to the clue and
 * so to its submitter (反馈). {@code sourceId} identifies the outcome: the same outcome is fed back once.
 */
public record RecordFeedback(@TargetAggregateIdentifier ClueId clueId, String sourceId, String summary, ActorRef by)
        implements ClueCommand {}
