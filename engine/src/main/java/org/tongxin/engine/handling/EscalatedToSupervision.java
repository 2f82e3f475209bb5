package org.tongxin.engine.handling;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.HandlingId;
import org.tongxin.engine.shared.SourceKind;

/**
 * Carries the handled item so the supervision pool can file it without a lookup. Revision 2 replaced
 * {@code proposalId} by the source's kind and id.
 */
@Revision("2")
public record EscalatedToSupervision(
        HandlingId handlingId,
        SourceKind sourceKind,
        String sourceId,
        int round,
        String reason,
        ActorRef escalatedBy,
        Instant escalatedAt)
        implements HandlingEvent {}
