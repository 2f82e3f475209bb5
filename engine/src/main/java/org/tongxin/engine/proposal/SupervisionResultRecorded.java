package org.tongxin.engine.proposal;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.clue.ClueId;
import org.tongxin.engine.shared.ActorRef;

/** Carries the proposal's source clues so the result reaches each without a lookup. */
@Revision("1")
public record SupervisionResultRecorded(
        ProposalId proposalId,
        String supervisionId,
        String result,
        List<ClueId> sourceClues,
        ActorRef recordedBy,
        Instant recordedAt)
        implements ProposalEvent {

    public SupervisionResultRecorded {
        sourceClues = sourceClues == null ? List.of() : List.copyOf(sourceClues);
    }
}
