package org.tongxin.engine.handling;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.HandlingId;

/** Hands a still-unsatisfied item to the supervision pool (民主监督议题库) once no re-handle is left. */
public record EscalateToSupervision(@TargetAggregateIdentifier HandlingId handlingId, String reason, ActorRef by)
        implements HandlingCommand {}
