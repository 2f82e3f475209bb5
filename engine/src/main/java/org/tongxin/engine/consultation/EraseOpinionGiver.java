package org.tongxin.engine.consultation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;

/**
 * Erases the name and phone of the person who gave an opinion: on their request (the office, with the reason) or when
 * the retention period after the topic ended has passed (the system). The opinion's text stays.
 */
public record EraseOpinionGiver(@TargetAggregateIdentifier TopicId topicId, int opinion, String reason, ActorRef by)
        implements TopicCommand {}
