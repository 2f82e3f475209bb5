package org.tongxin.engine.consultation;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;

@Revision("1")
public record MeetingHeld(
        TopicId topicId,
        LocalDate heldOn,
        Participants attended,
        String minutes,
        ActorRef recordedBy,
        Instant recordedAt)
        implements TopicEvent {}
