package org.tongxin.engine.handling;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.DepartmentCode;
import org.tongxin.engine.shared.HandlingId;
import org.tongxin.engine.shared.HandlingRole;
import org.tongxin.engine.shared.SourceKind;

/**
 * The office moved the item to {@code newDepartment}; this handling ends as returned, and the proposal opens a new one
 * for the new department in the same role. A lead's {@code opinionsReceivedFrom} names the co-handlers whose opinions it
 * had received, so the new lead does not wait for them again (absent in events recorded before it existed: none).
 * Revision 2 replaced {@code proposalId} by the source's kind and id.
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
        Instant reassignedAt,
        List<DepartmentCode> opinionsReceivedFrom)
        implements HandlingEvent {

    public HandlingReassigned {
        opinionsReceivedFrom = opinionsReceivedFrom == null ? List.of() : List.copyOf(opinionsReceivedFrom);
    }

    /** A reassignment of a handling that had received no co-handler's opinion. */
    public HandlingReassigned(
            HandlingId handlingId,
            SourceKind sourceKind,
            String sourceId,
            HandlingRole role,
            DepartmentCode fromDepartment,
            DepartmentCode newDepartment,
            String note,
            ActorRef reassignedBy,
            Instant reassignedAt) {
        this(
                handlingId,
                sourceKind,
                sourceId,
                role,
                fromDepartment,
                newDepartment,
                note,
                reassignedBy,
                reassignedAt,
                List.of());
    }
}
