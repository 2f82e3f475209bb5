package org.tongxin.engine.handling;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.DepartmentCode;

/**
 * Opens one department's handling of an assigned proposal (交办). {@code evaluators} are the user ids of the proposer
 * and the co-signers who confirmed; {@code leadHandlingId} names the lead handling and is given for a co-handler only.
 */
public record OpenHandling(
        @TargetAggregateIdentifier HandlingId handlingId,
        String proposalId,
        DepartmentCode department,
        HandlingRole role,
        String leadHandlingId,
        LocalDate assignedOn,
        List<String> evaluators,
        boolean keyProposal,
        ActorRef by)
        implements HandlingCommand {}
