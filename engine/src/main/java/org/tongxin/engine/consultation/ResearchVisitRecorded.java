package org.tongxin.engine.consultation;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;

@Revision("1")
public record ResearchVisitRecorded(
        TopicId topicId,
        int number,
        LocalDate visitedOn,
        String place,
        String peopleMet,
        String findings,
        ActorRef recordedBy,
        Instant recordedAt)
        implements TopicEvent {}
