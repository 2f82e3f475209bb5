package org.tongxin.engine.handling;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.HandlingId;

/** The department signs for the item (签收). */
public record ReceiveHandling(@TargetAggregateIdentifier HandlingId handlingId, ActorRef by)
        implements HandlingCommand {}
