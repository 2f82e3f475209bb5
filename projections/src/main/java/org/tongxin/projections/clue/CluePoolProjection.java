package org.tongxin.projections.clue;

import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.tongxin.engine.clue.ClueClassified;
import org.tongxin.engine.clue.ClueRegistered;
import org.tongxin.engine.clue.ClueStatus;

/** Projects clue events into {@code clue_view}. */
@Component
@ProcessingGroup(CluePoolProjection.GROUP)
public class CluePoolProjection {

    public static final String GROUP = "clue-pool";

    private final ClueRepository repository;

    CluePoolProjection(ClueRepository repository) {
        this.repository = repository;
    }

    @EventHandler
    void on(ClueRegistered event, @SequenceNumber long sequence) {
        repository.insert(event, sequence);
    }

    @EventHandler
    void on(ClueClassified event, @SequenceNumber long sequence) {
        repository.classify(event, ClueStatus.afterClassification(event.route()), sequence);
    }

    @ResetHandler
    void reset() {
        repository.clear();
    }

    @QueryHandler
    Optional<ClueSummary> handle(FindClue query) {
        return repository.find(query.clueId());
    }
}
