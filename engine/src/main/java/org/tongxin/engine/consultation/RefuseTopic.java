package org.tongxin.engine.consultation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;

/** A leader does not take the topic up; the reason goes back to the clues it came from. */
public record RefuseTopic(@TargetAggregateIdentifier TopicId topicId, String reason, ActorRef by)
        implements TopicCommand {}
