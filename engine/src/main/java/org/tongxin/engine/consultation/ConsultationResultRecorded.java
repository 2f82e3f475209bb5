package org.tongxin.engine.consultation;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;

/**
 * Carries the title, the counts and the source clues so the feedback reaches every clue without reading the topic's
 * history. {@code adopted} counts the answers that took a suggestion up, of {@code answers}.
 */
@Revision("1")
public record ConsultationResultRecorded(
        TopicId topicId,
        String title,
        String summary,
        int suggestions,
        int answers,
        int adopted,
        List<String> sourceClues,
        ActorRef recordedBy,
        Instant recordedAt)
        implements TopicEvent {

    public ConsultationResultRecorded {
        sourceClues = sourceClues == null ? List.of() : List.copyOf(sourceClues);
    }
}
