package org.tongxin.engine.consultation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;

/**
 * The consultation's result (成果), fed back to every source clue; {@code submitAsReport} also submits it to be drafted
 * as a public-opinion report.
 */
public record RecordResult(
        @TargetAggregateIdentifier TopicId topicId, String summary, boolean submitAsReport, ActorRef by)
        implements TopicCommand {}
