package org.tongxin.engine.proposal;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.DepartmentCode;

/**
 * Records a 督办 meeting held on a key proposal: when, who took part, the handling departments it met with, and what
 * was agreed.
 */
public record RecordKeyProposalMeeting(
        @TargetAggregateIdentifier ProposalId proposalId,
        LocalDate heldOn,
        String participants,
        List<DepartmentCode> departments,
        String agreed,
        ActorRef by)
        implements ProposalCommand {}
