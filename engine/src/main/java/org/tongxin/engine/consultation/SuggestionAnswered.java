package org.tongxin.engine.consultation;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.DepartmentCode;
import org.tongxin.engine.shared.HandlingId;

@Revision("1")
public record SuggestionAnswered(
        TopicId topicId,
        int suggestion,
        HandlingId handlingId,
        DepartmentCode department,
        Adoption adoption,
        String measures,
        LocalDate plannedOn,
        String reason,
        ActorRef answeredBy,
        Instant answeredAt)
        implements TopicEvent {}
