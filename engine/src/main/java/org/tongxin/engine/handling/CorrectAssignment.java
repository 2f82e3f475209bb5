package org.tongxin.engine.handling;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.DepartmentCode;
import org.tongxin.engine.shared.HandlingId;

/**
 * The office corrects a wrong assignment (更正交办) before the department has replied: the item moves to
 * {@code newDepartment} as after an upheld return, without the department having to ask. The reason is recorded.
 */
public record CorrectAssignment(
        @TargetAggregateIdentifier HandlingId handlingId, DepartmentCode newDepartment, String reason, ActorRef by)
        implements HandlingCommand {}
