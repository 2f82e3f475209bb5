package org.tongxin.engine.clue;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;

@Revision("1")
public record ClueConverted(
        ClueId clueId, ConversionTarget target, String targetId, ActorRef convertedBy, Instant convertedAt)
        implements ClueEvent {}
