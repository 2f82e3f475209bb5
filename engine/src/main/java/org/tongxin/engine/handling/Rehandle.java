package org.tongxin.engine.handling;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.HandlingId;

/** Starts another round after an unsatisfied evaluation (重新办理). */
public record Rehandle(@TargetAggregateIdentifier HandlingId handlingId, String note, ActorRef by)
        implements HandlingCommand {}
