package org.tongxin.engine.proposal;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.clue.ClueId;
import org.tongxin.engine.shared.ActorRef;

@Revision("1")
public record ProposalDrafted(
        ProposalId proposalId,
        String title,
        String content,
        ProposerKind kind,
        String leadProposer,
        List<String> coSigners,
        ProposingBody body,
        List<ClueId> sourceClues,
        ActorRef draftedBy,
        Instant draftedAt)
        implements ProposalEvent {}
