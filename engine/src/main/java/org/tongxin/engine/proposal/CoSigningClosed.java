package org.tongxin.engine.proposal;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;

/**
 * The proposal goes on to filing review with the {@code confirmed} co-signers; those who declined or did not answer
 * in time are {@code dropped} (unconfirmed co-signers are dropped, not the proposal).
 */
@Revision("1")
public record CoSigningClosed(
        ProposalId proposalId, List<String> confirmed, List<String> dropped, ActorRef closedBy, Instant closedAt)
        implements ProposalEvent {}
