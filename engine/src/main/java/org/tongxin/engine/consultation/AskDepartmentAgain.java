package org.tongxin.engine.consultation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.HandlingId;

/** The office asks a department again about a suggestion (督办): what it asks is recorded on the topic. */
public record AskDepartmentAgain(
        @TargetAggregateIdentifier TopicId topicId, HandlingId handlingId, String note, ActorRef by)
        implements TopicCommand {}
