package org.tongxin.engine.clue;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;

@Revision("1")
/** {@code mergedClues}: the clues merged into this one, which are owed the same answer. */
public record FeedbackRecorded(
        ClueId clueId,
        String sourceId,
        String summary,
        List<ClueId> mergedClues,
        ActorRef recordedBy,
        Instant recordedAt)
        implements ClueEvent {}
