package org.tongxin.engine.supervision;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.HandlingId;

/**
 * The verification's verdict on one item: {@link RectificationStatus#ACCEPTED}, {@link RectificationStatus#NOT_ACCEPTED}
 * (a {@link RectificationOrdered} of the next round follows) or {@link RectificationStatus#UNRESOLVED} (no round
 * left).
 */
@Revision("1")
public record RectificationVerified(
        SupervisionId supervisionId,
        int findingNo,
        HandlingId handlingId,
        RectificationStatus verdict,
        String opinion,
        ActorRef verifiedBy,
        Instant verifiedAt)
        implements SupervisionEvent {}
