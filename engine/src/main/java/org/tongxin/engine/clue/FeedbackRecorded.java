package org.tongxin.engine.clue;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;

@Revision("1")
public record FeedbackRecorded(ClueId clueId, String sourceId, String summary, ActorRef recordedBy, Instant recordedAt)
        implements ClueEvent {}
