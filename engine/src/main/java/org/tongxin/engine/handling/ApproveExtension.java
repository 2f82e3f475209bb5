package org.tongxin.engine.handling;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.HandlingId;

/** The office grants the pending extension request. */
public record ApproveExtension(@TargetAggregateIdentifier HandlingId handlingId, ActorRef by)
        implements HandlingCommand {}
