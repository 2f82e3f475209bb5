package org.tongxin.engine.consultation;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.HandlingId;

/**
 * A department's answer to a suggestion sent to it: whether it adopts it, the measures and the date they are planned
 * for, and the reason when it does not adopt it. Sent with the department's reply on the handling.
 */
public record RecordSuggestionAnswer(
        @TargetAggregateIdentifier TopicId topicId,
        HandlingId handlingId,
        Adoption adoption,
        String measures,
        LocalDate plannedOn,
        String reason,
        ActorRef by)
        implements TopicCommand {}
