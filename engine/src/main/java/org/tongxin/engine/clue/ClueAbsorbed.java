package org.tongxin.engine.clue;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;

@Revision("1")
public record ClueAbsorbed(ClueId clueId, ClueId mergedClue, ActorRef absorbedBy, Instant absorbedAt)
        implements ClueEvent {}
