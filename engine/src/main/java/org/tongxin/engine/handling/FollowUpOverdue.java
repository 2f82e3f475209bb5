package org.tongxin.engine.handling;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.HandlingId;

/** The office or the supervising leader records what it did about an overdue reply (督办). */
public record FollowUpOverdue(@TargetAggregateIdentifier HandlingId handlingId, String note, ActorRef by)
        implements HandlingCommand {}
