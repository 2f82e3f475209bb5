package org.tongxin.engine.supervision;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.HandlingId;

@Revision("1")
public record RectificationAnswered(
        SupervisionId supervisionId,
        int findingNo,
        HandlingId handlingId,
        String text,
        String evidence,
        LocalDate answeredOn,
        ActorRef answeredBy,
        Instant answeredAt)
        implements SupervisionEvent {}
