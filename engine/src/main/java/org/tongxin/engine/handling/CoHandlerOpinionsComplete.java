package org.tongxin.engine.handling;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.HandlingId;

/**
 * The lead handling has every co-handler's opinion it expected ({@code received} of them): the lead's reply need wait
 * no longer. Recorded once, with the last opinion.
 */
@Revision("1")
public record CoHandlerOpinionsComplete(HandlingId handlingId, int received, ActorRef receivedBy, Instant receivedAt)
        implements HandlingEvent {}
