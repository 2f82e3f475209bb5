package org.tongxin.engine.consultation;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;

/**
 * Schedules the meeting with whom it invites. {@code onlineClosesAt}, when given, opens online participation (协商在线)
 * until then; an ONLINE topic always has it.
 */
public record ScheduleMeeting(
        @TargetAggregateIdentifier TopicId topicId,
        LocalDate meetingOn,
        String place,
        Participants invited,
        Instant onlineClosesAt,
        ActorRef by)
        implements TopicCommand {}
