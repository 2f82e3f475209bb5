package org.tongxin.engine.consultation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;

/** The closing time came (a timer): the topic takes no more opinions. Idempotent, because jobs retry. */
public record CloseOnlineParticipation(@TargetAggregateIdentifier TopicId topicId, ActorRef by)
        implements TopicCommand {}
