package org.tongxin.engine.proposal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;

/**
 * The departments' handlings begin, one per department, all with the same due dates: the reply is due
 * {@code replyDue} and a department may return the item until {@code returnWindowEnds}.
 */
@Revision("1")
public record ProposalAssigned(
        ProposalId proposalId,
        HandlingMode mode,
        List<AssignedHandling> handlings,
        List<ProposalId> mergedWith,
        LocalDate assignedOn,
        LocalDate replyDue,
        LocalDate returnWindowEnds,
        List<String> evaluators,
        boolean keyProposal,
        ActorRef assignedBy,
        Instant assignedAt)
        implements ProposalEvent {}
