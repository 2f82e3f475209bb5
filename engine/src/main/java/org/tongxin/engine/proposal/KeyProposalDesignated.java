package org.tongxin.engine.proposal;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;

@Revision("1")
public record KeyProposalDesignated(
        ProposalId proposalId, String supervisingLeader, ActorRef designatedBy, Instant designatedAt)
        implements ProposalEvent {}
