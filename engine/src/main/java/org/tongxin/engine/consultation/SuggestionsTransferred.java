package org.tongxin.engine.consultation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.HandlingId;

/** The handlings of kind {@code CONSULTATION_SUGGESTION} opened: one per suggestion and department. */
@Revision("1")
public record SuggestionsTransferred(
        TopicId topicId, List<HandlingId> handlings, LocalDate transferredOn, ActorRef transferredBy, Instant at)
        implements TopicEvent {

    public SuggestionsTransferred {
        handlings = List.copyOf(handlings);
    }
}
