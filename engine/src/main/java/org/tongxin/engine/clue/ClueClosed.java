package org.tongxin.engine.clue;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;

@Revision("1")
public record ClueClosed(ClueId clueId, ClueStatus outcome, ActorRef closedBy, Instant closedAt) implements ClueEvent {}
