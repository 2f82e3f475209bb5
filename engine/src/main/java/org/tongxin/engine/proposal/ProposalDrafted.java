package org.tongxin.engine.proposal;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.clue.ClueId;
import org.tongxin.engine.shared.ActorRef;

/**
 * {@code category} (the proposer's suggested category), {@code suggestions} and {@code channel} were added later: an
 * older event reads with none, which means written online by the proposer (an added field, so no upcaster is needed).
 */
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
        Instant draftedAt,
        String category,
        String suggestions,
        ProposalChannel channel)
        implements ProposalEvent {

    public ProposalDrafted(
            ProposalId proposalId,
            String title,
            String content,
            ProposerKind kind,
            String leadProposer,
            List<String> coSigners,
            ProposingBody body,
            List<ClueId> sourceClues,
            ActorRef draftedBy,
            Instant draftedAt) {
        this(
                proposalId,
                title,
                content,
                kind,
                leadProposer,
                coSigners,
                body,
                sourceClues,
                draftedBy,
                draftedAt,
                null,
                null,
                null);
    }

    /** The way it came in; an event from before channels were recorded was written online. */
    public ProposalChannel channelOrOnline() {
        return channel == null ? ProposalChannel.ONLINE : channel;
    }
}
