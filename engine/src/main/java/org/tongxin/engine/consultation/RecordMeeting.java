package org.tongxin.engine.consultation;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;

/** The meeting was held: when, who attended, and its minutes (纪要). */
public record RecordMeeting(
        @TargetAggregateIdentifier TopicId topicId,
        LocalDate heldOn,
        Participants attended,
        String minutes,
        ActorRef by)
        implements TopicCommand {}
