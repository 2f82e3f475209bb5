package org.tongxin.engine.consultation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;

/** A leader approves the topic (立项). */
public record ApproveTopic(@TargetAggregateIdentifier TopicId topicId, String note, ActorRef by)
        implements TopicCommand {}
