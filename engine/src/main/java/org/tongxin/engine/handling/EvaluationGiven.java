package org.tongxin.engine.handling;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.HandlingId;

/**
 * The evaluator is {@code evaluatedBy}. {@code evaluationSettled} when this was the last evaluator of the round, so the
 * process can move on without counting.
 */
@Revision("1")
public record EvaluationGiven(
        HandlingId handlingId,
        int round,
        Satisfaction handlingWork,
        Satisfaction result,
        String comment,
        boolean evaluationSettled,
        ActorRef evaluatedBy,
        Instant evaluatedAt)
        implements HandlingEvent {}
