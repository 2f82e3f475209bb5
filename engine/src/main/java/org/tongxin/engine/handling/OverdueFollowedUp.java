package org.tongxin.engine.handling;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.HandlingId;

@Revision("1")
public record OverdueFollowedUp(
        HandlingId handlingId, int round, String note, ActorRef followedUpBy, Instant followedUpAt)
        implements HandlingEvent {}
