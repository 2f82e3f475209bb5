package org.tongxin.engine.handling;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;

/**
 * The handling ended (办结). For a lead or separate handling: the last round's outcome and evaluations, who did not
 * evaluate, and whether it went to supervision. A co-handler's closing has no outcome and no evaluations.
 */
@Revision("1")
public record HandlingClosed(
        HandlingId handlingId,
        String proposalId,
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
