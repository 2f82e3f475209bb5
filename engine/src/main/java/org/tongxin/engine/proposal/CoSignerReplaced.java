package org.tongxin.engine.proposal;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;

/** {@code replacement} is a co-signer in the place of {@code replaced}, who had not answered. */
@Revision("1")
public record CoSignerReplaced(
        ProposalId proposalId,
        String replaced,
        String replacement,
        String reason,
        ActorRef replacedBy,
        Instant replacedAt)
        implements ProposalEvent {}
