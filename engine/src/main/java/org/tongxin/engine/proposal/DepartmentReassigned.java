package org.tongxin.engine.proposal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.DepartmentCode;
import org.tongxin.engine.shared.HandlingRole;

/**
 * The handling {@code fromHandlingId} ends as returned and {@code newHandlingId} begins at {@code toDepartment} in
 * the same role. The new department's time limits count from the reassignment, as for a fresh assignment: it cannot
 * be held to days that passed before the item reached it.
 */
@Revision("1")
public record DepartmentReassigned(
        ProposalId proposalId,
        String fromHandlingId,
        DepartmentCode fromDepartment,
        String newHandlingId,
        DepartmentCode toDepartment,
        HandlingRole role,
        LocalDate reassignedOn,
        LocalDate replyDue,
        LocalDate returnWindowEnds,
        List<String> evaluators,
        boolean keyProposal,
        ActorRef reassignedBy,
        Instant reassignedAt)
        implements ProposalEvent {}
