package org.tongxin.engine.handling;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.HandlingId;

/** The office decides a return request: the assignment stands and the clocks run again. */
public record UpholdAssignment(@TargetAggregateIdentifier HandlingId handlingId, String note, ActorRef by)
        implements HandlingCommand {}
