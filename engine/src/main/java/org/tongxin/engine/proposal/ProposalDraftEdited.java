package org.tongxin.engine.proposal;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;

/** The draft as it now reads; {@code kind} follows the co-signers (none: a member's own, some: joint). */
@Revision("1")
public record ProposalDraftEdited(
        ProposalId proposalId,
        String title,
        String content,
        String category,
        String suggestions,
        ProposerKind kind,
        List<String> coSigners,
        ActorRef editedBy,
        Instant editedAt)
        implements ProposalEvent {}
