package org.tongxin.engine.supervision;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;

/** Carries the sources so the feedback reaches each without a lookup. */
@Revision("1")
public record SupervisionEntryClosed(
        SupervisionId supervisionId,
        String result,
        int accepted,
        int unresolved,
        List<SupervisionSource> sources,
        ActorRef closedBy,
        Instant closedAt)
        implements SupervisionEvent {

    public SupervisionEntryClosed {
        sources = List.copyOf(sources);
    }
}
