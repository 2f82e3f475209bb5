package org.tongxin.engine.handling;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.DepartmentCode;
import org.tongxin.engine.shared.HandlingId;
import org.tongxin.engine.shared.HandlingRole;
import org.tongxin.engine.shared.SourceRef;

/**
 * Opens one department's handling of an item transferred to it (交办). {@code evaluators} are the user ids of those
 * who evaluate the reply (for a proposal: the proposer and the co-signers who confirmed; none for a kind nobody
 * evaluates); {@code leadHandlingId} names the lead handling and is given for a co-handler only; {@code coHandlers}
 * is how many co-handlers' opinions a lead expects.
 */
public record OpenHandling(
        @TargetAggregateIdentifier HandlingId handlingId,
        SourceRef source,
        DepartmentCode department,
        HandlingRole role,
        String leadHandlingId,
        LocalDate assignedOn,
        List<String> evaluators,
        boolean keyProposal,
        int coHandlers,
        ActorRef by,
        List<DepartmentCode> opinionsAlreadyReceived)
        implements HandlingCommand {

    public OpenHandling {
        opinionsAlreadyReceived = opinionsAlreadyReceived == null ? List.of() : List.copyOf(opinionsAlreadyReceived);
    }

    /** A handling whose lead, if it is one, has received no co-handler's opinion yet. */
    public OpenHandling(
            HandlingId handlingId,
            SourceRef source,
            DepartmentCode department,
            HandlingRole role,
            String leadHandlingId,
            LocalDate assignedOn,
            List<String> evaluators,
            boolean keyProposal,
            int coHandlers,
            ActorRef by) {
        this(
                handlingId,
                source,
                department,
                role,
                leadHandlingId,
                assignedOn,
                evaluators,
                keyProposal,
                coHandlers,
                by,
                List.of());
    }

    /** A proposal's handling whose lead, if it is one, expects no co-handler's opinion. */
    public OpenHandling(
            HandlingId handlingId,
            String proposalId,
            DepartmentCode department,
            HandlingRole role,
            String leadHandlingId,
            LocalDate assignedOn,
            List<String> evaluators,
            boolean keyProposal,
            ActorRef by) {
        this(
                handlingId,
                proposalId == null || proposalId.isBlank() ? null : SourceRef.proposal(proposalId),
                department,
                role,
                leadHandlingId,
                assignedOn,
                evaluators,
                keyProposal,
                0,
                by);
    }
}
