package org.tongxin.engine.handling;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.HandlingId;

/** An evaluator's verdict on the current round's reply. */
public record Evaluate(
        @TargetAggregateIdentifier HandlingId handlingId,
        Satisfaction handlingWork,
        Satisfaction result,
        String comment,
        ActorRef by)
        implements HandlingCommand {}
