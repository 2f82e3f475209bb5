package org.tongxin.engine.consultation;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;

/** {@code onlineClosesAt} is null when the topic takes no opinions online. */
@Revision("1")
public record MeetingScheduled(
        TopicId topicId,
        LocalDate meetingOn,
        String place,
        Participants invited,
        Instant onlineClosesAt,
        ActorRef scheduledBy,
        Instant scheduledAt)
        implements TopicEvent {}
