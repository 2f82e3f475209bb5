package org.tongxin.engine.handling;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.HandlingId;

/** The round's evaluators who did not evaluate by {@code evaluationWindowEnds}, recorded as not evaluated. */
@Revision("1")
public record EvaluationWindowClosed(
        HandlingId handlingId,
        int round,
        LocalDate evaluationWindowEnds,
        List<String> notEvaluated,
        ActorRef closedBy,
        Instant closedAt)
        implements HandlingEvent {

    public EvaluationWindowClosed {
        notEvaluated = List.copyOf(notEvaluated);
    }
}
