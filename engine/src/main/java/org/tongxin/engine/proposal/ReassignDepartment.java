package org.tongxin.engine.proposal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.DepartmentCode;

/** Moves an open handling to another department (调整), e.g. after the office upheld a department's return. */
public record ReassignDepartment(
        @TargetAggregateIdentifier ProposalId proposalId,
        String fromHandlingId,
        DepartmentCode toDepartment,
        ActorRef by)
        implements ProposalCommand {}
