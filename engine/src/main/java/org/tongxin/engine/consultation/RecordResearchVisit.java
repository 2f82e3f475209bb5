package org.tongxin.engine.consultation;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;

/** A research visit (调研) members made to prepare the topic. */
public record RecordResearchVisit(
        @TargetAggregateIdentifier TopicId topicId,
        LocalDate visitedOn,
        String place,
        String peopleMet,
        String findings,
        ActorRef by)
        implements TopicCommand {}
