package org.tongxin.engine.consultation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;

/** The office closes the follow-up before every suggestion is answered, saying why. */
public record CloseFollowUp(@TargetAggregateIdentifier TopicId topicId, String reason, ActorRef by)
        implements TopicCommand {}
