package org.tongxin.engine.consultation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;

/** Sends every itemized suggestion to its departments, one department handling each (交办). */
public record TransferSuggestions(@TargetAggregateIdentifier TopicId topicId, ActorRef by) implements TopicCommand {}
