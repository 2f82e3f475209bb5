package org.tongxin.engine.proposal;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;

/** {@code allResponded} tells the process it may close co-signing without waiting for the due date. */
@Revision("1")
public record CoSignatureDeclined(
        ProposalId proposalId, String reason, boolean allResponded, ActorRef declinedBy, Instant declinedAt)
        implements ProposalEvent {}
