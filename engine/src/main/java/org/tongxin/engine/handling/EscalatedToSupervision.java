package org.tongxin.engine.handling;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;

/** Carries the proposal so the supervision pool can file the item without a lookup. */
@Revision("1")
public record EscalatedToSupervision(
        HandlingId handlingId, String proposalId, int round, String reason, ActorRef escalatedBy, Instant escalatedAt)
        implements HandlingEvent {}
