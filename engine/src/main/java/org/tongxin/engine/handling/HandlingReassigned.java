package org.tongxin.engine.handling;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.DepartmentCode;
import org.tongxin.engine.shared.HandlingId;
import org.tongxin.engine.shared.HandlingRole;
import org.tongxin.engine.shared.SourceKind;

/**
 * The office moved the item to {@code newDepartment}; this handling ends as returned, and the proposal opens a new one
 * for the new department in the same role. Revision 2 replaced {@code proposalId} by the source's kind and id.
 */
@Revision("2")
public record HandlingReassigned(
        HandlingId handlingId,
        SourceKind sourceKind,
        String sourceId,
        HandlingRole role,
        DepartmentCode fromDepartment,
        DepartmentCode newDepartment,
        String note,
        ActorRef reassignedBy,
        Instant reassignedAt)
        implements HandlingEvent {}
