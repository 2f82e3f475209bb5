package org.tongxin.engine.handling;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.HandlingId;

/** Sent by the evaluation-window timer: whoever has not evaluated is recorded as not evaluated. */
public record CloseEvaluationWindow(@TargetAggregateIdentifier HandlingId handlingId, ActorRef by)
        implements HandlingCommand {}
