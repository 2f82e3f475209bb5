package org.tongxin.engine.handling;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.HandlingId;

/** A co-handler's opinion to the lead department (协办意见); it ends the co-handler's part. */
public record SendCoHandlerOpinion(@TargetAggregateIdentifier HandlingId handlingId, String opinion, ActorRef by)
        implements HandlingCommand {}
