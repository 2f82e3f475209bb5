package org.tongxin.engine.supervision;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.DepartmentCode;
import org.tongxin.engine.shared.HandlingId;

/**
 * A finding transferred to its department as a handling of kind {@code RECTIFICATION}; {@code round} 1 is the first
 * transfer, a later round follows a verification that did not accept the previous one.
 */
@Revision("1")
public record RectificationOrdered(
        SupervisionId supervisionId,
        int findingNo,
        HandlingId handlingId,
        DepartmentCode department,
        String finding,
        int round,
        ActorRef orderedBy,
        Instant orderedAt)
        implements SupervisionEvent {}
