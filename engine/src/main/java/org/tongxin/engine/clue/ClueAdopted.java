package org.tongxin.engine.clue;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;

@Revision("1")
public record ClueAdopted(ClueId clueId, String adopter, ActorRef adoptedBy, Instant adoptedAt) implements ClueEvent {}
