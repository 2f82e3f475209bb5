package org.tongxin.engine.proposal;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.DepartmentCode;

/** {@code allHandlingsClosed} tells the process the proposal may now be closed. */
@Revision("1")
public record HandlingClosureRecorded(
        ProposalId proposalId,
        String handlingId,
        DepartmentCode department,
        OutcomeSummary outcome,
        boolean allHandlingsClosed,
        ActorRef recordedBy,
        Instant recordedAt)
        implements ProposalEvent {}
