package org.tongxin.engine.handling;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.HandlingId;

/** Sent by the reply-due timer: records that the reply is overdue, for escalation and statistics. */
public record MarkOverdue(@TargetAggregateIdentifier HandlingId handlingId, ActorRef by) implements HandlingCommand {}
