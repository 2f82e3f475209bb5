package org.tongxin.engine.clue;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.Phrase;

/**
 * The result of a downstream outcome (a proposal closed or not filed, a topic settled…) returned to the clue and
 * so to its submitter (反馈). {@code sourceId} identifies the outcome: the same outcome is fed back once.
 * {@code summary} is the text as sent; {@code phrase}, where given, the same words as a message key and arguments,
 * so the citizen can read them in another language.
 */
public record RecordFeedback(
        @TargetAggregateIdentifier ClueId clueId, String sourceId, String summary, ActorRef by, Phrase phrase)
        implements ClueCommand {

    public RecordFeedback(ClueId clueId, String sourceId, String summary, ActorRef by) {
        this(clueId, sourceId, summary, by, null);
    }
}
