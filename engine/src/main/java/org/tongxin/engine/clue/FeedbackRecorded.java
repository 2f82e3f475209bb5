package org.tongxin.engine.clue;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.Phrase;

@Revision("1")
/**
 * {@code mergedClues}: the clues merged into this one, which are owed the same answer. {@code phrase}: the summary as
 * a message key and arguments, null on feedback recorded before phrases were kept (an added field: an older event
 * reads with none, so no upcaster is needed).
 */
public record FeedbackRecorded(
        ClueId clueId,
        String sourceId,
        String summary,
        List<ClueId> mergedClues,
        ActorRef recordedBy,
        Instant recordedAt,
        Phrase phrase)
        implements ClueEvent {}
