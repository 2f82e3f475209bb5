package org.tongxin.engine.handling;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.DepartmentCode;
import org.tongxin.engine.shared.HandlingId;

/** The office decides a return request: the item moves to another department, which gets a new handling. */
public record ReassignHandling(
        @TargetAggregateIdentifier HandlingId handlingId, DepartmentCode newDepartment, String note, ActorRef by)
        implements HandlingCommand {}
