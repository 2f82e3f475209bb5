package org.tongxin.engine.consultation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;

/** The office publishes an opinion on the public page, or hides it with a reason. */
public record ModerateOpinion(
        @TargetAggregateIdentifier TopicId topicId, int opinion, boolean publish, String reason, ActorRef by)
        implements TopicCommand {}
