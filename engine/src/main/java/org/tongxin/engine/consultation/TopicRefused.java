package org.tongxin.engine.consultation;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;

/** Carries the title and source clues so the feedback reaches every clue without reading the topic's history. */
@Revision("1")
public record TopicRefused(
        TopicId topicId, String title, String reason, List<String> sourceClues, ActorRef refusedBy, Instant refusedAt)
        implements TopicEvent {

    public TopicRefused {
        sourceClues = sourceClues == null ? List.of() : List.copyOf(sourceClues);
    }
}
