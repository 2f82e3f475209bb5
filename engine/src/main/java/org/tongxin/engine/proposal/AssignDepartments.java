package org.tongxin.engine.proposal;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;

/**
 * Sends a filed proposal to its departments (交办). {@code mergedWith} names the other proposals of a
 * {@link HandlingMode#MERGED} assignment and is empty otherwise; each of those proposals is assigned by its own command.
 */
public record AssignDepartments(
        @TargetAggregateIdentifier ProposalId proposalId,
        HandlingMode mode,
        List<Assignment> assignments,
        List<ProposalId> mergedWith,
        ActorRef by)
        implements ProposalCommand {}
