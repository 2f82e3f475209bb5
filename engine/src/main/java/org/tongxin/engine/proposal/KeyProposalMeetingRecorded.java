package org.tongxin.engine.proposal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.DepartmentCode;

@Revision("1")
public record KeyProposalMeetingRecorded(
        ProposalId proposalId,
        LocalDate heldOn,
        String participants,
        List<DepartmentCode> departments,
        String agreed,
        ActorRef recordedBy,
        Instant recordedAt)
        implements ProposalEvent {}
