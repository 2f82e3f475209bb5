package org.tongxin.engine.proposal;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;

@Revision("1")
public record ProposalFiled(ProposalId proposalId, String category, ActorRef filedBy, Instant filedAt)
        implements ProposalEvent {}
