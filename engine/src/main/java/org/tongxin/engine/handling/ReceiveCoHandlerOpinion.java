package org.tongxin.engine.handling;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.DepartmentCode;
import org.tongxin.engine.shared.HandlingId;

/** Delivers a co-handler's opinion to the lead handling; sent by the process that saw it sent. */
public record ReceiveCoHandlerOpinion(
        @TargetAggregateIdentifier HandlingId handlingId, DepartmentCode fromDepartment, String opinion, ActorRef by)
        implements HandlingCommand {}
