package org.tongxin.engine.handling;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.DepartmentCode;

/**
 * The office moved the item to {@code newDepartment}; this handling ends as returned, and the proposal opens a new one
 * for the new department in the same role.
 */
@Revision("1")
public record HandlingReassigned(
        HandlingId handlingId,
        String proposalId,
        HandlingRole role,
        DepartmentCode fromDepartment,
        DepartmentCode newDepartment,
        String note,
        ActorRef reassignedBy,
        Instant reassignedAt)
        implements HandlingEvent {}
