package org.tongxin.engine.handling;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.HandlingId;
import org.tongxin.engine.shared.HandlingRole;
import org.tongxin.engine.shared.OutcomeClass;
import org.tongxin.engine.shared.SourceKind;

/**
 * The handling ended (办结). For a lead or separate handling: the last round's outcome and evaluations, who did not
 * evaluate, and whether it went to supervision. A co-handler's closing has no outcome and no evaluations, nor has the
 * reply of a kind without an outcome scale. Revision 2 replaced {@code proposalId} by the source's kind and id.
 */
@Revision("2")
public record HandlingClosed(
        HandlingId handlingId,
        SourceKind sourceKind,
        String sourceId,
        HandlingRole role,
        int rounds,
        OutcomeClass outcome,
        List<Evaluation> evaluations,
        List<String> notEvaluated,
        boolean escalated,
        ActorRef closedBy,
        Instant closedAt)
        implements HandlingEvent {

    public HandlingClosed {
        evaluations = List.copyOf(evaluations);
        notEvaluated = List.copyOf(notEvaluated);
    }
}
