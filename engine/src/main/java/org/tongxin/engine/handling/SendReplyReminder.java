package org.tongxin.engine.handling;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.HandlingId;

/** Sent by the reminder timer before the reply is due (催办). */
public record SendReplyReminder(@TargetAggregateIdentifier HandlingId handlingId, ActorRef by)
        implements HandlingCommand {}
