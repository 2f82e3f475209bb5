package org.tongxin.engine.supervision;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.HandlingId;

/**
 * The department's answer on one rectification item: what it rectified and the evidence (佐证材料) it offers. Sent with
 * the department's reply on the handling; {@code answeredOn} null means today.
 */
public record RecordRectificationAnswer(
        @TargetAggregateIdentifier SupervisionId supervisionId,
        HandlingId handlingId,
        String text,
        String evidence,
        LocalDate answeredOn,
        ActorRef by)
        implements SupervisionCommand {}
